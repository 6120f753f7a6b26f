import { berichtenboxDomain } from './berichten'
import { brpDomain } from './brp'
import type { ApiDomain } from './domain'

/**
 * Every domain of the mock government, one line each (gegevens, zaken, machtigingen and mfo join here).
 * Shared by the Node server (browser) and msw/node (unit tests).
 */
export const apiDomains: readonly ApiDomain[] = [brpDomain, berichtenboxDomain]

export const handlers = apiDomains.flatMap((domain) => domain.handlers)
