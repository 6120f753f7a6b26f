import type { ApiDomain } from '../domain'
import { bijlageHandlers } from './bijlagen'
import { correctieverzoekHandlers } from './correctieverzoeken'
import { createMfoMockRouter } from './mock-router'

/**
 * MFO, the Meldpunt Fouten in Overheidsregistraties: under /api/correctieverzoeken (no public spec:
 * REST after the NL API Design Rules, shapes in src/features/mfo/mfo.schemas.ts); each request is a zaak.
 * The uploads first: "bijlagen" is no request id.
 */
export const mfoHandlers = [...bijlageHandlers, ...correctieverzoekHandlers]

/** Its API, and /__mock/correctieverzoeken for tests. */
export const mfoDomain: ApiDomain = {
  handlers: mfoHandlers,
  mock: { path: '/correctieverzoeken', router: createMfoMockRouter },
}
