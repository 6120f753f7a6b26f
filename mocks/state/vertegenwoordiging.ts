/**
 * Who may act for whom, and for what (DESIGN.md §5). Static on purpose: the machtigingen issue will replace
 * this table with state of its own (grant, expire, withdraw); every request already asks it through
 * authorize() (mocks/handlers/authorize.ts), so that change touches one place.
 */

/** The parts of the portal a machtiging can cover. */
export type Onderdeel = 'berichten' | 'zaken' | 'gegevens'

/** The parts of Gegevens, one per source, plus the usage log and the toestemmingen. */
export const GEGEVENS_ONDERDELEN = ['brp', 'voertuigen', 'onroerende-zaken', 'diplomas', 'inkomens', 'gebruik', 'toestemmingen'] as const
export type GegevensOnderdeel = (typeof GEGEVENS_ONDERDELEN)[number]

/** 'alle' or the organisations it is limited to (the afzender of a bericht, the organisation of a zaak). */
export type Organisaties = 'alle' | readonly string[]

export interface Bereik {
  berichten?: Organisaties
  zaken?: Organisaties
  gegevens?: readonly GegevensOnderdeel[]
}

export interface Vertegenwoordiging {
  gemachtigde: string
  vertegenwoordigde: string
  /** How the owner's usage log names the acting person's role. */
  rol: 'gemachtigde' | 'bewindvoerder'
  /** The legal ground the usage log gives when this person reads on the owner's behalf. */
  grondslag: string
  bereik: Bereik
}

const BEWIND: Omit<Vertegenwoordiging, 'vertegenwoordigde'> = {
  gemachtigde: '999990068',
  rol: 'bewindvoerder',
  grondslag: 'Burgerlijk Wetboek Boek 1, artikel 431 (beschermingsbewind)',
  // Post and zaken of every organisation, and of the registries only the income data.
  bereik: { berichten: 'alle', zaken: 'alle', gegevens: ['inkomens'] },
}

export const vertegenwoordigingen: readonly Vertegenwoordiging[] = [
  {
    gemachtigde: '999990020',
    vertegenwoordigde: '999990032',
    rol: 'gemachtigde',
    grondslag: 'Machtiging via DigiD Machtigen',
    // Never settings, e-mail, permanent delete, BRP data or managing machtigingen: no gegevens at all.
    bereik: { berichten: ['SVB', 'Belastingdienst'], zaken: ['Gemeente Amersfoort'] },
  },
  { ...BEWIND, vertegenwoordigde: '999990081' },
  { ...BEWIND, vertegenwoordigde: '999990093' },
  { ...BEWIND, vertegenwoordigde: '999990111' },
]

export function vindVertegenwoordiging(gemachtigde: string, vertegenwoordigde: string): Vertegenwoordiging | undefined {
  return vertegenwoordigingen.find((kandidaat) => kandidaat.gemachtigde === gemachtigde && kandidaat.vertegenwoordigde === vertegenwoordigde)
}

/** Organisation names compare without case, as the berichten store does. */
export function valtBinnen(organisaties: Organisaties | undefined, organisatie: string | undefined): boolean {
  if (organisaties === undefined) return false
  if (organisaties === 'alle' || organisatie === undefined) return true
  return organisaties.some((naam) => naam.toLowerCase() === organisatie.toLowerCase())
}
