import type { EidasAcr } from '../../src/features/auth/assurance-levels'
import { backend, type Principal } from '../state/backend'
import { PORTAAL } from '../state/gegevens/gebruik-store'
import type { Geen } from '../state/machtigingen/machtigingen-store'
import { valtBinnen, type Bereik, type GegevensOnderdeel } from '../state/vertegenwoordiging'
import { authenticate, vereisNiveau } from './auth'
import { problem } from './problem'

/** What is never part of a machtiging (DESIGN.md §5): a gemachtigde is always refused these. */
export type Persoonlijk = 'instellingen' | 'e-mail' | 'verwijderen' | 'voorgoed-verwijderen' | 'machtigingen' | 'correctieverzoeken'

/** What a request needs: a part of the portal (for berichten and zaken optionally one organisation) and a level. */
export type Eis = (
  | { onderdeel: 'gegevens'; gegevens: GegevensOnderdeel }
  | { onderdeel: 'berichten' | 'zaken'; organisatie?: string }
  | { onderdeel: 'persoonlijk'; wat: Persoonlijk }
) & {
  niveau?: EidasAcr
  /** The caller's own data, also while acting for someone else (their own name in the header): no machtiging involved. */
  eigen?: boolean
  /**
   * The id asked for is not among the owner's data. For someone acting for them that is outside the machtiging
   * (403, whether it exists elsewhere or not, logged as refused); the owner passes, and the handler answers 404.
   */
  onbekend?: boolean
  /** One item asked by id: a refusal does not say which organisation it belongs to (nor so whether it exists). */
  item?: boolean
}

/** Someone acting on the owner's behalf, and under which machtiging or bewind. */
export interface Namens {
  rol: 'gemachtigde' | 'bewindvoerder'
  grondslag: string
  bereik: Bereik
  /** Says more precisely what this request did, for "Namens u gedaan" ("Bericht verplaatst naar het archief"). */
  beschrijf(actie: string, gegevens: string): void
}

export interface Toegang {
  principal: Principal
  /** Whose data: the person represented, or the caller. */
  bsn: string
  /** Full name of the acting person, when someone acts on the owner's behalf. */
  gemachtigde?: string
  namens?: Namens
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

const PERSOONLIJK_NAMEN: Record<Persoonlijk, string> = {
  instellingen: 'de instellingen van de Berichtenbox',
  'e-mail': 'het e-mailadres voor meldingen',
  // The prullenbak empties itself after 30 days: moving a letter there is deleting it, later.
  verwijderen: 'berichten naar de prullenbak verplaatsen',
  'voorgoed-verwijderen': 'berichten voorgoed verwijderen',
  machtigingen: 'machtigingen bekijken, geven of intrekken',
  // A correction changes the person's own registration: they report it themselves (or a parent, for a minor).
  correctieverzoeken: 'fouten in overheidsregistraties melden of bekijken',
}

const ACTIES: Record<string, string> = { GET: 'Bekeken', HEAD: 'Bekeken', POST: 'Verstuurd', PUT: 'Gewijzigd', PATCH: 'Gewijzigd', DELETE: 'Verwijderd' }

/**
 * The one check every request goes through: who is calling (401 otherwise), whose data it is, the level
 * (403 `acr-te-laag`), and, for someone acting on another's behalf, the machtiging or bewind as the backend
 * holds it now (403 `buiten-machtiging` with a `reden`), so a revocation counts on the very next request.
 * Every request made on someone's behalf, allowed or not, goes on that person's "Namens u gedaan".
 * Berichten or zaken without an organisation pass when any of them is in scope: the handler then filters.
 */
export async function authorize(request: Request, eis: Eis): Promise<Toegang | Response> {
  const principal = await authenticate(request)
  if (principal instanceof Response) return principal
  const teLaag = eis.niveau ? vereisNiveau(principal, eis.niveau) : undefined
  const vertegenwoordigde = principal.represents?.bsn
  if (vertegenwoordigde === undefined || eis.eigen) return teLaag ?? { principal, bsn: principal.bsn }

  const naam = (bsn: string) => backend.gegevens.brp.volledigeNaam(bsn) ?? `burgerservicenummer ${bsn}`
  const wie = naam(vertegenwoordigde)
  const geldigheid = backend.machtigingen.geldigheid(principal.bsn, vertegenwoordigde)
  const handeling = backend.machtigingen.handelingen.legVast({
    volmachtgever: vertegenwoordigde,
    gemachtigde: principal.bsn,
    // The BRP reads with POST, to keep BSNs out of URLs: still a read.
    actie: eis.onderdeel === 'gegevens' && request.method === 'POST' ? 'Bekeken' : (ACTIES[request.method] ?? request.method),
    gegevens: hoofdletter(watGevraagd(eis)),
    toegestaan: geldigheid.geldig && binnenBereik(geldigheid.bereik, eis),
  })
  if (!geldigheid.geldig) return buitenMachtiging(geldigheid.reden, geenMeer(geldigheid.reden, wie))
  if (eis.onderdeel === 'persoonlijk') return buitenMachtiging('nooit', `Als gemachtigde kunt u ${PERSOONLIJK_NAMEN[eis.wat]} niet doen voor ${wie}.`)
  if (eis.onbekend || (eis.item && !binnenBereik(geldigheid.bereik, eis))) return buitenMachtiging('buiten-bereik', `Dit valt niet onder uw machtiging voor ${wie}.`)
  if (!binnenBereik(geldigheid.bereik, eis)) return buitenMachtiging('buiten-bereik', `Uw machtiging voor ${wie} geldt niet voor ${watGevraagd(eis)}.`)

  // The level after the machtiging: a gemachtigde should not log in again only to be refused.
  if (teLaag) return teLaag
  const rol = geldigheid.soort === 'bewind' ? 'bewindvoerder' : 'gemachtigde'
  const gemachtigde = naam(principal.bsn)
  if (eis.onderdeel !== 'gegevens') legGebruikVast(vertegenwoordigde, gemachtigde, rol, geldigheid.grondslag, watGevraagd(eis))
  return {
    principal,
    bsn: vertegenwoordigde,
    gemachtigde,
    namens: {
      rol,
      grondslag: geldigheid.grondslag,
      bereik: geldigheid.bereik,
      beschrijf: (actie, gegevens) => backend.machtigingen.handelingen.beschrijf(handeling, actie, gegevens),
    },
  }
}

/** Whose data a request is about, to look up what it asks for before the check; authorize() still decides. */
export async function eigenaarVan(request: Request): Promise<string | Response> {
  const principal = await authenticate(request)
  return principal instanceof Response ? principal : (principal.represents?.bsn ?? principal.bsn)
}

function binnenBereik(bereik: Bereik, eis: Eis): boolean {
  if (eis.onderdeel === 'persoonlijk' || eis.onbekend) return false
  if (eis.onderdeel === 'gegevens') return bereik.gegevens?.includes(eis.gegevens) ?? false
  return valtBinnen(bereik[eis.onderdeel], eis.organisatie)
}

function watGevraagd(eis: Eis): string {
  if (eis.onderdeel === 'persoonlijk') return PERSOONLIJK_NAMEN[eis.wat]
  if (eis.onderdeel === 'gegevens') return GEGEVENS_NAMEN[eis.gegevens]
  return eis.organisatie ? `${eis.onderdeel} van ${eis.organisatie}` : eis.onderdeel
}

function geenMeer(reden: Geen, wie: string): string {
  if (reden === 'ingetrokken') return `${wie} heeft uw machtiging ingetrokken. U kunt niets meer voor deze persoon regelen.`
  if (reden === 'verlopen') return `Uw machtiging voor ${wie} is verlopen. U kunt niets meer voor deze persoon regelen.`
  return `U mag niet namens ${wie} handelen.`
}

/** Reading or changing post and zaken on the owner's behalf is a use of their data: it shows in "Wie gebruikte mijn gegevens". */
function legGebruikVast(eigenaar: string, gemachtigde: string, rol: Namens['rol'], grondslag: string, wat: string) {
  backend.gegevens.gebruik.registreer(eigenaar, {
    organisatie: PORTAAL,
    gegevens: [hoofdletter(wat)],
    doel: `Uw ${rol} regelde zaken voor u in Mijn Overheid`,
    grondslag,
    gemachtigde,
  })
}

const hoofdletter = (tekst: string) => tekst.charAt(0).toUpperCase() + tekst.slice(1)

export type Reden = Geen | 'buiten-bereik' | 'nooit'

const buitenMachtiging = (reden: Reden, detail: string) => problem(403, 'Buiten uw machtiging', detail, { code: 'buiten-machtiging', reden })
