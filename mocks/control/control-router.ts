import express, { type Router } from 'express'
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
