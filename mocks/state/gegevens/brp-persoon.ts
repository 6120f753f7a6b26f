import { adressering, voorletters, volledigeNaam } from './adressering'
import type { BrpRecord, Gerelateerde, Naam } from './brp-types'

/** What the API needs from the rest of the registry to show one person: relatives' records and ages. */
export interface BrpContext {
  record(bsn: string): BrpRecord | undefined
  leeftijd(record: BrpRecord): number | undefined
  /** The minors over whom this person has gezag now. */
  gezagOver(bsn: string): BrpRecord[]
}

const naamGerelateerde = (naam: Naam) => ({ ...naam, voorletters: voorletters(naam) })

/** A relative: from their own record when the registry has one (so a correction shows everywhere). */
function gerelateerde({ burgerservicenummer, naam, geboorte }: Gerelateerde, context: BrpContext) {
  const eigen = burgerservicenummer ? context.record(burgerservicenummer) : undefined
  const huidigeNaam = eigen?.naam ?? naam
  const huidigeGeboorte = eigen?.geboorte ?? geboorte
  return {
    ...(burgerservicenummer ? { burgerservicenummer } : {}),
    ...(huidigeNaam ? { naam: naamGerelateerde(huidigeNaam) } : {}),
    ...(huidigeGeboorte ? { geboorte: { ...huidigeGeboorte } } : {}),
  }
}

/** The Gezagsrelatie of Haal Centraal BRP Personen v2 for one minor. */
function gezagsrelatie(kind: BrpRecord, context: BrpContext) {
  const gezag = kind.gezag
  if (!gezag) return []
  const leeftijd = context.leeftijd(kind)
  const ouder = (bsn: string) => ({ burgerservicenummer: bsn, naam: { volledigeNaam: volledigeNaamVan(bsn, context) } })
  return [
    {
      type: gezag.type,
      minderjarige: {
        burgerservicenummer: kind.burgerservicenummer,
        naam: { volledigeNaam: volledigeNaam(kind.naam) },
        ...(leeftijd === undefined ? {} : { leeftijd }),
      },
      ...(gezag.type === 'GezamenlijkOuderlijkGezag' ? { ouders: gezag.dragers.map(ouder) } : { ouder: ouder(gezag.dragers[0] ?? '') }),
    },
  ]
}

const volledigeNaamVan = (bsn: string, context: BrpContext) => {
  const record = context.record(bsn)
  return record ? volledigeNaam(record.naam) : ''
}

/** A person as Haal Centraal BRP Personen Bevragen v2 answers RaadpleegMetBurgerservicenummer, before `fields`. */
export function brpPersoon(record: BrpRecord, context: BrpContext) {
  const [huidig] = record.bewoning
  const leeftijd = context.leeftijd(record)
  // A minor's own record shows who has gezag over them; a parent's shows the minors they have gezag over.
  const zelfMinderjarig = leeftijd !== undefined && leeftijd < 18
  const minderjarigen = [...(zelfMinderjarig ? [record] : []), ...context.gezagOver(record.burgerservicenummer)]
  const gezag = minderjarigen.flatMap((kind) => gezagsrelatie(kind, context))
  return {
    burgerservicenummer: record.burgerservicenummer,
    geslacht: { ...record.geslacht },
    ...(leeftijd === undefined ? {} : { leeftijd }),
    naam: { ...record.naam, voorletters: voorletters(record.naam), volledigeNaam: volledigeNaam(record.naam) },
    geboorte: { ...record.geboorte },
    nationaliteiten: record.nationaliteiten.map((nationaliteit) => ({ type: 'Nationaliteit', nationaliteit: { ...nationaliteit } })),
    verblijfplaats: { type: 'Adres', verblijfadres: { ...huidig.verblijfadres }, datumVan: { ...huidig.datumVan } },
    gemeenteVanInschrijving: { ...huidig.gemeente },
    adressering: adressering(record.naam, record.geslacht, huidig.verblijfadres),
    ...(record.partners?.length
      ? {
          partners: record.partners.map((partner) => ({
            ...gerelateerde(partner, context),
            soortVerbintenis: { ...partner.soortVerbintenis },
            aangaanHuwelijkPartnerschap: { ...partner.aangaan },
          })),
        }
      : {}),
    ...(record.kinderen?.length ? { kinderen: record.kinderen.map((kind) => gerelateerde(kind, context)) } : {}),
    ...(record.ouders?.length ? { ouders: record.ouders.map((ouder) => ({ ...gerelateerde(ouder, context), ouderAanduiding: ouder.ouderAanduiding })) } : {}),
    ...(gezag.length ? { gezag } : {}),
  }
}
