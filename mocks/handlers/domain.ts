import type { Router } from 'express'
import type { HttpHandler } from 'msw'
import type { MockBackend } from '../state/backend'

/**
 * One domain of the mock government, as the server mounts it: its /api handlers and, when tests need to
 * steer it, its own router below /__mock. Its state lives in mocks/state/ (see state/domains.ts).
 */
export interface ApiDomain {
  handlers: readonly HttpHandler[]
  mock?: { path: string; router(backend: MockBackend): Router }
}
