import type { ApiDomain } from '../domain'
import { bronHandlers } from './bronnen'
import { brpHandlers } from './brp'
import { gebruikHandlers } from './gebruik'
import { createGegevensMockRouter } from './mock-router'
import { toestemmingHandlers } from './toestemmingen'
import { verblijfplaatshistorieHandlers } from './verblijfplaatshistorie'

/**
 * Persoonlijke gegevens (issue 7): BRP Personen and Verblijfplaatshistorie (Haal Centraal), the RDW,
 * Kadaster/WOZ, DUO and Belastingdienst sources, the usage log (/gegevensgebruik) and the toestemmingen.
 * Every request goes through authorize(); every successful read of a source adds a line to the owner's usage log.
 */
export const gegevensHandlers = [...brpHandlers, ...verblijfplaatshistorieHandlers, ...bronHandlers, ...gebruikHandlers, ...toestemmingHandlers]

/** Its API, and /__mock/gegevens for tests (the whole usage log of a person). */
export const gegevensDomain: ApiDomain = {
  handlers: gegevensHandlers,
  mock: { path: '/gegevens', router: createGegevensMockRouter },
}
