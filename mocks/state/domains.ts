import { createBerichtenbox } from './berichten/berichtenbox'
import type { MockClock } from './clock'
import { createGegevens } from './gegevens/gegevens'
import { createMachtigingen } from './machtigingen/machtigingen'
import type { MailOutbox } from './mail-outbox'
import { createMfo } from './mfo/mfo'
import type { RequestLog } from './requests'
import { createZaken } from './zaken/zaken'

/** What every domain's state can use: the mock clock, and the outbox for the e-mail it "sends". */
export interface DomainContext {
  clock: MockClock
  mail: MailOutbox
  requests: RequestLog
}

/** A domain's state: whatever it keeps, and the way back to its seed. */
export interface DomainStore {
  reset(): void
}

/**
 * The state of every domain of the mock government, one line each. A new domain (gegevens, zaken,
 * machtigingen, mfo) adds its folder under mocks/state/ and one line here; backend.reset() resets them
 * all, after the clock (seeds are dated relative to its now).
 */
export function createDomainStores(context: DomainContext) {
  const berichtenbox = createBerichtenbox(context)
  const gegevens = createGegevens(context)
  // Reads the Berichtenbox (letters of a zaak, the e-mail settings); listed after it, so it resets after it.
  const zaken = createZaken(context, berichtenbox)
  return {
    berichtenbox,
    gegevens,
    // Names from the BRP; listed after it, so it resets after it.
    machtigingen: createMachtigingen(context, (bsn) => gegevens.brp.volledigeNaam(bsn)),
    zaken,
    // Reads the registrations and starts zaken; listed after both, so it resets after them.
    mfo: createMfo(context, gegevens, zaken),
  } satisfies Record<string, DomainStore>
}

export type DomainStores = ReturnType<typeof createDomainStores>
