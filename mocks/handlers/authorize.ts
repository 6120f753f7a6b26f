import type { EidasAcr } from '../../src/features/auth/assurance-levels'
import { backend, type Principal } from '../state/backend'
import { valtBinnen, vindVertegenwoordiging, type GegevensOnderdeel, type Vertegenwoordiging } from '../state/vertegenwoordiging'
import { authenticate, vereisNiveau } from './auth'
import { problem } from './problem'

/** What a request needs: a part of the portal (for berichten and zaken optionally one organisation) and a level. */
export type Eis = (
  | { onderdeel: 'gegevens'; gegevens: GegevensOnderdeel }
  | { onderdeel: 'berichten' | 'zaken'; organisatie?: string }
) & {
  niveau?: EidasAcr
  /** The caller's own data, also while acting for someone else (their own name in the header): no machtiging involved. */
  eigen?: boolean
}

export interface Toegang {
  principal: Principal
  /** Whose data: the person represented, or the caller. */
  bsn: string
  /** Full name of the acting person, when someone acts on the owner's behalf. */
  gemachtigde?: string
}

const GEGEVENS_NAMEN: Record<GegevensOnderdeel, string> = {
  brp: 'gegevens uit de Basisregistratie Personen',
  voertuigen: 'voertuigen',
  'onroerende-zaken': 'huizen en grond',
  diplomas: "diploma's",
  inkomens: 'inkomen',
  gebruik: 'het overzicht van wie gegevens gebruikte',
  toestemmingen: 'toestemmingen',
}

/**
 * The one check every request goes through: who is calling (401 otherwise), whose data it is, the level
 * (403 `acr-te-laag`), and, for someone acting on another's behalf, the scope of that machtiging or bewind
 * (403 `buiten-machtiging`). Berichten or zaken without an organisation pass when any of them is in scope:
 * the handler then filters what it shows.
 */
export async function authorize(request: Request, eis: Eis): Promise<Toegang | Response> {
  const principal = await authenticate(request)
  if (principal instanceof Response) return principal
  if (eis.niveau) {
    const teLaag = vereisNiveau(principal, eis.niveau)
    if (teLaag) return teLaag
  }
  const vertegenwoordigde = principal.represents?.bsn
  if (vertegenwoordigde === undefined || eis.eigen) return { principal, bsn: principal.bsn }

  const naam = (bsn: string) => backend.gegevens.brp.volledigeNaam(bsn) ?? `burgerservicenummer ${bsn}`
  const vertegenwoordiging = vindVertegenwoordiging(principal.bsn, vertegenwoordigde)
  if (!vertegenwoordiging) {
    return buitenMachtiging(`U mag niet namens ${naam(vertegenwoordigde)} handelen.`)
  }
  if (!binnenBereik(vertegenwoordiging, eis)) {
    return buitenMachtiging(`Uw machtiging voor ${naam(vertegenwoordigde)} geldt niet voor ${watGevraagd(eis)}.`)
  }
  return { principal, bsn: vertegenwoordigde, gemachtigde: naam(principal.bsn) }
}

function binnenBereik({ bereik }: Vertegenwoordiging, eis: Eis): boolean {
  if (eis.onderdeel === 'gegevens') return bereik.gegevens?.includes(eis.gegevens) ?? false
  return valtBinnen(bereik[eis.onderdeel], eis.organisatie)
}

function watGevraagd(eis: Eis): string {
  if (eis.onderdeel === 'gegevens') return GEGEVENS_NAMEN[eis.gegevens]
  const wat = eis.onderdeel === 'berichten' ? 'berichten' : 'zaken'
  return eis.organisatie ? `${wat} van ${eis.organisatie}` : wat
}

const buitenMachtiging = (detail: string) => problem(403, 'Buiten uw machtiging', detail, { code: 'buiten-machtiging' })
