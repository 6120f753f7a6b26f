import type { DomainContext } from '../domains'
import type { Gegevens } from '../gegevens/gegevens'
import type { Zaken } from '../zaken/zaken'
import { createMfoStore } from './mfo-store'
import { CORRECTIEVERZOEK } from './zaaktype'

/**
 * The MFO domain (Meldpunt Fouten in Overheidsregistraties): it reads the registrations (gegevens), tracks each
 * request as a zaak (zaken), and corrects the BRP when that zaak ends "gecorrigeerd". Reset after both.
 */
export function createMfo({ clock }: DomainContext, gegevens: Gegevens, zaken: Zaken) {
  const store = createMfoStore(clock, gegevens, zaken)
  // Once: the zaken domain keeps its effects through a reset.
  zaken.bijResultaat(CORRECTIEVERZOEK, (_bsn, zaak, resultaat) => store.opResultaat(zaak, resultaat))
  return store
}

export type Mfo = ReturnType<typeof createMfo>
