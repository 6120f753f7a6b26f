import { berichtenboxDomain } from './berichten'
import type { ApiDomain } from './domain'
import { gegevensDomain } from './gegevens'
import { machtigingenDomain } from './machtigingen'
import { mfoDomain } from './mfo'
import { zakenDomain } from './zaken'

/**
 * Every domain of the mock government, one line each.
 * Shared by the Node server (browser) and msw/node (unit tests).
 */
export const apiDomains: readonly ApiDomain[] = [gegevensDomain, berichtenboxDomain, zakenDomain, machtigingenDomain, mfoDomain]

export const handlers = apiDomains.flatMap((domain) => domain.handlers)
