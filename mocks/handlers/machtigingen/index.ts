import type { ApiDomain } from '../domain'
import { machtigingenHandlers } from './machtigingen'
import { createMachtigingenMockRouter } from './mock-router'

/** Machtigingen (issue 9): its API under /api/machtigingen, and /__mock/machtigingen for tests. */
export const machtigingenDomain: ApiDomain = {
  handlers: machtigingenHandlers,
  mock: { path: '/machtigingen', router: createMachtigingenMockRouter },
}
