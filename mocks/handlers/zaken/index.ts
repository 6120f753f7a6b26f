import type { ApiDomain } from '../domain'
import { lijstHandlers } from './lijst'
import { createZakenMockRouter } from './mock-router'
import { takenHandlers } from './taken'
import { vraagHandlers } from './vragen'
import { zaakHandlers } from './zaak'

/**
 * Lopende zaken (issue 8) under /api/zaken and /api/documenten, shaped after ZGW Zaken, Catalogi and
 * Documenten; tasks, questions, reacties and the change feed are the portal's own REST (the shapes:
 * src/features/zaken/zaken.schemas.ts). Every request goes through authorize() (toegang.ts).
 */
export const zakenHandlers = [...lijstHandlers, ...zaakHandlers, ...takenHandlers, ...vraagHandlers]

/** Its API, and /__mock/zaken for tests (a person's zaken, a status change). */
export const zakenDomain: ApiDomain = {
  handlers: zakenHandlers,
  mock: { path: '/zaken', router: createZakenMockRouter },
}
