import { berichtenboxDomain } from './berichten'
import type { ApiDomain } from './domain'
import { gegevensDomain } from './gegevens'
import { zakenDomain } from './zaken'

/**
 * Every domain of the mock government, one line each (machtigingen and mfo join here).
 * Shared by the Node server (browser) and msw/node (unit tests).
 */
export const apiDomains: readonly ApiDomain[] = [gegevensDomain, berichtenboxDomain, zakenDomain]

export const handlers = apiDomains.flatMap((domain) => domain.handlers)
