import type { Registratie, RegistratieKeuze } from '../../../src/features/mfo/mfo.schemas'
import { langeDatum } from '../dates'
import type { Gegevens } from '../gegevens/gegevens'
import type { MeldbaarItem } from './types'

/** The registrations by their official names, and who keeps the ones that are not the gemeente's. */
const NAMEN: Record<Registratie, string> = {
  brp: 'Basisregistratie Personen (BRP)',
  rdw: 'Basisregistratie Voertuigen (BRV)',
  kadaster: 'Basisregistratie Kadaster (BRK)',
  woz: 'Basisregistratie WOZ',
  duo: 'Diplomaregister',
  belastingdienst: 'Basisregistratie Inkomen (BRI)',
}

/** The items of a person in the BRP, keyed as the Gegevens page keys them, with their Dutch label. */
const BRP_LABELS = {
  voornamen: 'Voornamen',
  voorvoegsel: 'Voorvoegsel',
  geslachtsnaam: 'Achternaam',
  geboortedatum: 'Geboortedatum',
  geboorteplaats: 'Geboorteplaats',
  geslacht: 'Geslacht',
  nationaliteit: 'Nationaliteit',
  adres: 'Adres',
} as const

type Persoon = NonNullable<ReturnType<Gegevens['brp']['persoon']>>
type Adres = Partial<Persoon['verblijfplaats']['verblijfadres']>

/** "Oudegracht 128A-2, 3511 AX Utrecht", as the Gegevens page writes an address (brp-weergave.ts adresTekst). */
export function adresTekst(adres: Adres): string {
  const huisnummer = [`${adres.huisnummer ?? ''}${adres.huisletter ?? ''}`, adres.huisnummertoevoeging].filter(Boolean).join('-')
  const straat = [adres.officieleStraatnaam, huisnummer].filter(Boolean).join(' ')
  return [straat, [adres.postcode, adres.woonplaats].filter(Boolean).join(' ')].filter(Boolean).join(', ')
}

/** "TOYOTA COROLLA" → "Toyota Corolla", as the Gegevens page shows RDW values; short words (BMW) stay. */
const gewoneLetters = (tekst: string) => tekst.replace(/\p{L}{4,}/gu, (woord) => woord.charAt(0) + woord.slice(1).toLocaleLowerCase('nl'))

/** "€ 517.000": whole euros, as the Gegevens page shows WOZ values and income. */
const euro = (bedrag: number) => `€ ${String(Math.round(bedrag)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`

const datumTekst = (iso: string) => {
  const [jaar = 0, maand = 1, dag = 1] = iso.split('-').map(Number)
  return langeDatum(Date.UTC(jaar, maand - 1, dag, 12))
}

function brpItems(persoon: Persoon, onderwerp: string): MeldbaarItem[] {
  const bsn = persoon.burgerservicenummer
  const over = persoon.naam.volledigeNaam
  const bronhouder = `Gemeente ${persoon.gemeenteVanInschrijving.omschrijving}`
  const waarden: Record<keyof typeof BRP_LABELS, string | undefined> = {
    voornamen: persoon.naam.voornamen,
    voorvoegsel: persoon.naam.voorvoegsel,
    geslachtsnaam: persoon.naam.geslachtsnaam,
    geboortedatum: persoon.geboorte.datum.langFormaat,
    geboorteplaats: persoon.geboorte.plaats?.omschrijving,
    geslacht: persoon.geslacht.omschrijving,
    nationaliteit: persoon.nationaliteiten.map(({ nationaliteit }) => nationaliteit.omschrijving).join(', ') || undefined,
    adres: adresTekst(persoon.verblijfplaats.verblijfadres),
  }
  return Object.entries(BRP_LABELS).flatMap(([gegeven, label]): MeldbaarItem[] => {
    const waarde = waarden[gegeven as keyof typeof BRP_LABELS]
    if (waarde === undefined || waarde === '') return []
    const naamdeel = gegeven === 'voornamen' || gegeven === 'voorvoegsel' || gegeven === 'geslachtsnaam' ? { brpVeld: `naam.${gegeven}` as const } : {}
    return [{ id: `brp.${bsn}.${gegeven}`, registratie: 'brp', onderwerp, burgerservicenummer: bsn, gegeven, label, waarde, bronhouder, registratieNaam: NAMEN.brp, over, ...naamdeel }]
  })
}

type Bron = Pick<MeldbaarItem, 'registratie' | 'bronhouder'>
const item = (bron: Bron, id: string, onderwerp: string, over: string, gegeven: string, label: string, waarde: string): MeldbaarItem => ({
  id: `${bron.registratie}.${id}.${gegeven}`,
  ...bron,
  registratieNaam: NAMEN[bron.registratie],
  onderwerp,
  over,
  gegeven,
  label,
  waarde,
})

/** RDW, Kadaster, WOZ, DUO and Belastingdienst: a few items each, from what the Gegevens page shows. */
function bronItems(gegevens: Gegevens, bsn: string): MeldbaarItem[] {
  const rdw = { registratie: 'rdw', bronhouder: 'RDW' } as const
  const kadaster = { registratie: 'kadaster', bronhouder: 'Kadaster' } as const
  const duo = { registratie: 'duo', bronhouder: 'DUO' } as const
  const belastingdienst = { registratie: 'belastingdienst', bronhouder: 'Belastingdienst' } as const
  return [
    ...gegevens.bronnen.voertuigen(bsn).voertuigen.flatMap((voertuig) => {
      const soort = voertuig.voertuigsoort === 'Personenauto' ? 'Auto' : voertuig.voertuigsoort
      const onderwerp = `${soort} ${voertuig.kenteken}`
      const over = `${soort.toLocaleLowerCase('nl')} ${voertuig.kenteken}`
      const merk = gewoneLetters([voertuig.merk, voertuig.handelsbenaming].filter(Boolean).join(' '))
      return [
        item(rdw, voertuig.kenteken, onderwerp, over, 'kenteken', 'Kenteken', voertuig.kenteken),
        item(rdw, voertuig.kenteken, onderwerp, over, 'merk', 'Merk en model', merk),
        ...(voertuig.kleur ? [item(rdw, voertuig.kenteken, onderwerp, over, 'kleur', 'Kleur', gewoneLetters(voertuig.kleur))] : []),
      ]
    }),
    ...gegevens.bronnen.onroerendeZaken(bsn).onroerendeZaken.flatMap((zaak) => {
      const adres = adresTekst(zaak.adres)
      const nieuwste = [...zaak.wozWaarden].sort((a, b) => b.belastingjaar - a.belastingjaar)[0]
      const sleutel = zaak.kadastraleAanduiding.replace(/\s+/g, '-')
      return [
        item(kadaster, sleutel, adres, adres, 'soortRecht', 'Soort recht', zaak.soortRecht),
        ...(zaak.aandeel ? [item(kadaster, sleutel, adres, adres, 'aandeel', 'Uw aandeel', zaak.aandeel)] : []),
        ...(nieuwste
          ? [item({ registratie: 'woz', bronhouder: nieuwste.vastgesteldDoor }, `${sleutel}.${nieuwste.belastingjaar}`, adres, adres, 'wozWaarde', `WOZ-waarde ${nieuwste.belastingjaar}`, euro(nieuwste.waarde))]
          : []),
      ]
    }),
    ...gegevens.bronnen.diplomas(bsn).diplomas.flatMap((diploma, index) => {
      const onderwerp = `Diploma ${diploma.opleiding}`
      const over = `het diploma ${diploma.opleiding}`
      return [
        item(duo, String(index), onderwerp, over, 'opleiding', 'Opleiding', diploma.opleiding),
        item(duo, String(index), onderwerp, over, 'datumBehaald', 'Behaald op', datumTekst(diploma.datumBehaald)),
      ]
    }),
    ...gegevens.bronnen.inkomens(bsn).inkomens.map((inkomen) =>
      item(belastingdienst, String(inkomen.belastingjaar), `Belastingjaar ${inkomen.belastingjaar}`, `belastingjaar ${inkomen.belastingjaar}`, 'inkomen', 'Inkomen', euro(inkomen.verzamelinkomen)),
    ),
  ]
}

/**
 * Everything a person can report as wrong: their own BRP items and those of each minor they have gezag
 * over (by the mock clock), then the other registrations. Read live, so a correction shows at once.
 */
export function meldbareItems(gegevens: Gegevens, bsn: string): MeldbaarItem[] {
  const zelf = gegevens.brp.persoon(bsn)
  if (!zelf) return bronItems(gegevens, bsn)
  const kinderen = (zelf.gezag ?? [])
    .map((relatie) => relatie.minderjarige.burgerservicenummer)
    .filter((kind) => kind !== bsn && gegevens.brp.heeftGezag(bsn, kind))
    .flatMap((kind) => {
      const persoon = gegevens.brp.persoon(kind)
      return persoon ? [persoon] : []
    })
  return [
    ...brpItems(zelf, 'U zelf'),
    ...kinderen.flatMap((kind) => brpItems(kind, `${kind.naam.volledigeNaam} (uw kind)`)),
    ...bronItems(gegevens, bsn),
  ]
}

/** The items grouped per registration and bronhouder, in the order of REGISTRATIES; none without items. */
export function registraties(items: readonly MeldbaarItem[]): RegistratieKeuze[] {
  const groepen = new Map<string, RegistratieKeuze>()
  for (const { bronhouder, registratieNaam, over: _over, brpVeld: _brpVeld, ...gegeven } of items) {
    const sleutel = `${gegeven.registratie}|${bronhouder}`
    const groep = groepen.get(sleutel) ?? { registratie: gegeven.registratie, naam: registratieNaam, bronhouder, gegevens: [] }
    groep.gegevens.push(gegeven)
    groepen.set(sleutel, groep)
  }
  return [...groepen.values()]
}
