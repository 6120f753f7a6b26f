import { normalizeBsn } from '@/shared/format/bsn'
import { parseDateParts, type DatePart } from '@/shared/ui/form/date-parts'
import type { Concept } from './machtiging-concept'
import { MAX_GELDIG_JAREN } from './machtigingen.schemas'

/** The four steps of "Iemand machtigen", in order; a step's message key under `machtigingen.geven.stappen`. */
export const STAPPEN = ['wie', 'waarvoor', 'totWanneer', 'controleren'] as const
export type Stap = 1 | 2 | 3 | 4

/** The fields that can be wrong; `machtiging-<veld>` is the id an error summary links to. */
export type Veld = 'bsn' | 'diensten' | 'berichten-bereik' | 'berichten-organisaties' | 'zaken-bereik' | 'zaken-organisaties' | 'onderdelen' | 'geldig-tot'

export const veldId = (veld: Veld) => `machtiging-${veld}`

/** What is wrong: a message key with its values, or the service's own words. */
export type Fout = { veld: Veld; delen?: DatePart[] } & ({ sleutel: string; params?: Record<string, string | number> } | { tekst: string })

const FOUTEN = 'machtigingen.geven.fouten'

/** The Dutch elfproef: 9 digits, weighted 9 to 2 and the last -1, the sum divisible by 11. */
export function isElfproef(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn)) return false
  const som = [...bsn].reduce((totaal, cijfer, index) => totaal + Number(cijfer) * (index === 8 ? -1 : 9 - index), 0)
  return som % 11 === 0 && som !== 0
}

export function controleerWie(invoer: string, eigenBsn: string | null): Fout[] {
  const bsn = normalizeBsn(invoer)
  const fout = (sleutel: string): Fout[] => [{ veld: 'bsn', sleutel: `${FOUTEN}.${sleutel}` }]
  if (bsn === '') return fout('bsnLeeg')
  if (!/^\d{9}$/.test(bsn)) return fout('bsnLengte')
  if (!isElfproef(bsn)) return fout('bsnElfproef')
  return bsn === eigenBsn ? fout('bsnZelf') : []
}

export function controleerWaarvoor(concept: Concept): Fout[] {
  if (concept.diensten.length === 0) return [{ veld: 'diensten', sleutel: `${FOUTEN}.geenDienst` }]
  const fouten: Fout[] = []
  for (const dienst of ['berichten', 'zaken'] as const) {
    if (!concept.diensten.includes(dienst)) continue
    const keuze = concept[dienst]
    if (keuze.bereik === null) fouten.push({ veld: `${dienst}-bereik`, sleutel: `${FOUTEN}.geenBereik.${dienst}` })
    else if (keuze.bereik === 'alleen' && keuze.organisaties.length === 0) fouten.push({ veld: `${dienst}-organisaties`, sleutel: `${FOUTEN}.geenOrganisatie.${dienst}` })
  }
  if (concept.diensten.includes('gegevens') && concept.onderdelen.length === 0) fouten.push({ veld: 'onderdelen', sleutel: `${FOUTEN}.geenOnderdeel` })
  return fouten
}

/** Years ahead in yyyy-mm-dd as the calendar has it: 29 February becomes 28 February (as the service counts). */
export function jarenVerder(iso: string, jaren: number): string {
  const [jaar = 0, maand = 1, dag = 1] = iso.split('-').map(Number)
  const datum = new Date(Date.UTC(jaar + jaren, maand - 1, dag))
  if (datum.getUTCDate() !== dag) datum.setUTCDate(0)
  return datum.toISOString().slice(0, 10)
}

/** The last day a machtiging given today may run. */
export const uiterlijkeDatum = (vandaag: string) => jarenVerder(vandaag, MAX_GELDIG_JAREN)

/**
 * The date, or what is wrong with it; today and exactly MAX_GELDIG_JAREN years ahead are allowed. `toon` writes the
 * last allowed date as people read it.
 */
export function controleerTotWanneer(concept: Concept, vandaag: string, toon: (iso: string) => string): { datum: string } | { fouten: Fout[] } {
  const gelezen = parseDateParts(concept.geldigTot)
  if ('error' in gelezen) return { fouten: [{ veld: 'geldig-tot', sleutel: `form.date.errors.${gelezen.error}`, delen: gelezen.parts }] }
  if (gelezen.date < vandaag) return { fouten: [{ veld: 'geldig-tot', sleutel: `${FOUTEN}.verleden` }] }
  const uiterlijk = uiterlijkeDatum(vandaag)
  if (gelezen.date > uiterlijk) return { fouten: [{ veld: 'geldig-tot', sleutel: `${FOUTEN}.teVer`, params: { jaren: MAX_GELDIG_JAREN, uiterlijk: toon(uiterlijk) } }] }
  return { datum: gelezen.date }
}

/** The step of a field the service refused (`invalidParams[].name`), so its error shows where it was typed. */
export function veldVanParameter(naam: string): Veld | null {
  if (naam.startsWith('gemachtigde')) return 'bsn'
  if (naam.startsWith('diensten')) return 'diensten'
  if (naam.startsWith('geldigTot')) return 'geldig-tot'
  return null
}

export const STAP_VAN_VELD: Record<Veld, Stap> = {
  bsn: 1,
  diensten: 2,
  'berichten-bereik': 2,
  'berichten-organisaties': 2,
  'zaken-bereik': 2,
  'zaken-organisaties': 2,
  onderdelen: 2,
  'geldig-tot': 3,
}
