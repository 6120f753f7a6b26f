import express, { type Router } from 'express'
import * as v from 'valibot'
import { apiDomains } from '../handlers'
import type { MockBackend } from '../state/backend'
import { leesControlInvoer } from './invoer'

const FaultBody = v.object({
  path: v.pipe(v.string('Geef "path" op.'), v.startsWith('/', 'Een pad begint met /.'), v.maxLength(500, 'Dit pad is te lang.')),
  method: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z]{1,10}$/, 'Geef een HTTP-methode op, zoals GET.'))),
  status: v.optional(v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(599, 'Een status ligt tussen 100 en 599.'))),
  delayMs: v.optional(v.pipe(v.number(), v.minValue(0), v.transform((ms) => Math.min(ms, 60_000)))),
  network: v.optional(v.boolean()),
  malformed: v.optional(v.boolean()),
  times: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1, 'times is minstens 1.'), v.maxValue(1000))),
})

const ClockBody = v.object({
  now: v.pipe(v.string('Geef "now" op.'), v.check((now) => !Number.isNaN(Date.parse(now)), 'Geef "now" op als ISO-8601 datum en tijd.')),
})

const optioneleTekst = v.optional(v.pipe(v.string(), v.maxLength(500)))
const RequestsQuery = v.object({ path: optioneleTekst })
const MailQuery = v.object({ aan: optioneleTekst })

/**
 * The test control API, /__mock (DESIGN.md §6): a contract that tests outside this project use too. What
 * every domain shares lives here (reset, faults, clock, requests, mail); each domain mounts its own router.
 */
export function createControlRouter(backend: MockBackend): Router {
  const router = express.Router()

  router.post('/reset', (_req, res) => {
    backend.reset()
    res.status(204).end()
  })

  router.post('/faults', (req, res) => {
    const spec = leesControlInvoer(req, res, FaultBody, 'Geef minstens "path" op (een pad dat met / begint).')
    if (!spec) return
    backend.faults.add(spec)
    res.status(201).json(spec)
  })

  router.delete('/faults', (_req, res) => {
    backend.faults.reset()
    res.status(204).end()
  })

  router.post('/clock', (req, res) => {
    const body = leesControlInvoer(req, res, ClockBody, 'Geef "now" op als ISO-8601 datum en tijd.')
    if (!body) return
    backend.clock.set(new Date(body.now))
    res.status(204).end()
  })

  router.get('/clock', (_req, res) => {
    res.json({ now: backend.clock.now().toISOString() })
  })

  router.get('/requests', (req, res) => {
    const query = leesControlInvoer(req, res, RequestsQuery, 'Geef "path" op als tekst.', req.query)
    if (query) res.json(backend.requests.list(query.path))
  })

  // The e-mails the mock "sent", newest first: tests read codes and links here.
  router.get('/mail', (req, res) => {
    const query = leesControlInvoer(req, res, MailQuery, 'Geef "aan" op als e-mailadres.', req.query)
    if (query) res.json(backend.mail.lijst(query.aan))
  })

  for (const domain of apiDomains) {
    if (domain.mock) router.use(domain.mock.path, domain.mock.router(backend))
  }
  return router
}
