import express, { type Router } from 'express'
import { leesNieuwBericht } from '../handlers/berichten/nieuw-bericht'
import { volledigBericht } from '../handlers/berichten/representatie'
import type { MockBackend } from '../state/backend'
import type { FaultSpec } from '../state/faults'

/** The test control API, /__mock (DESIGN.md §6): a contract that tests outside this project use too. */
export function createControlRouter(backend: MockBackend): Router {
  const router = express.Router()
  router.use(express.json())

  router.post('/reset', (_req, res) => {
    backend.reset()
    res.status(204).end()
  })

  router.post('/faults', (req, res) => {
    const spec = parseFault(req.body)
    if (!spec) {
      res.status(400).json({ title: 'Ongeldige fout', detail: 'Geef minstens "path" op (een pad dat met / begint).' })
      return
    }
    backend.faults.add(spec)
    res.status(201).json(spec)
  })

  router.delete('/faults', (_req, res) => {
    backend.faults.clear()
    res.status(204).end()
  })

  router.post('/clock', (req, res) => {
    const now = new Date(typeof req.body?.now === 'string' ? req.body.now : Number.NaN)
    if (Number.isNaN(now.getTime())) {
      res.status(400).json({ title: 'Ongeldige tijd', detail: 'Geef "now" op als ISO-8601 datum en tijd.' })
      return
    }
    backend.clock.set(now)
    res.status(204).end()
  })

  router.get('/clock', (_req, res) => {
    res.json({ now: backend.clock.now().toISOString() })
  })

  router.post('/berichten', (req, res, next) => {
    const nieuw = leesNieuwBericht(req.body)
    if (!nieuw.ok) {
      res.status(400).type('application/problem+json').send(
        JSON.stringify({ title: 'Ongeldig bericht', status: 400, detail: 'Geef bsn, afzender, onderwerp en inhoud op.', invalidParams: nieuw.invalidParams }),
      )
      return
    }
    const { bsn, bericht } = nieuw.waarde
    const bezorgd = backend.berichtenbox.berichten.bezorg(bsn, bericht)
    volledigBericht(backend.berichtenbox.berichten, bsn, bezorgd)
      .then((body) => res.status(201).json(body))
      .catch(next)
  })

  // The e-mail with the verification code never leaves the mock: tests read the code here.
  router.get('/berichten/verificatiecodes', (req, res) => {
    const code = typeof req.query.bsn === 'string' ? backend.berichtenbox.instellingen.laatsteCode(req.query.bsn) : undefined
    if (!code) {
      res.status(404).json({ title: 'Geen code', detail: 'Voor deze bsn staat geen verificatiecode open.' })
      return
    }
    res.json({ code })
  })

  router.get('/requests', (req, res) => {
    const path = typeof req.query.path === 'string' ? req.query.path : undefined
    res.json(backend.requests.list(path))
  })

  return router
}

function parseFault(body: unknown): FaultSpec | null {
  if (typeof body !== 'object' || body === null) return null
  const input: Record<string, unknown> = { ...body }
  if (typeof input.path !== 'string' || !input.path.startsWith('/')) return null
  const spec: FaultSpec = { path: input.path }
  if (typeof input.method === 'string') spec.method = input.method
  if (typeof input.status === 'number') spec.status = input.status
  if (typeof input.delayMs === 'number') spec.delayMs = Math.min(input.delayMs, 60_000)
  if (input.network === true) spec.network = true
  if (input.malformed === true) spec.malformed = true
  if (typeof input.times === 'number' && input.times > 0) spec.times = Math.floor(input.times)
  return spec
}
