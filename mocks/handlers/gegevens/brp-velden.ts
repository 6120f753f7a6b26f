/**
 * The field paths of Haal Centraal BRP Personen Bevragen v2 that `fields` may name (the spec's Persoon, without
 * the automatically delivered ones: inOnderzoek, geheimhoudingPersoonsgegevens, opschortingBijhouding, rni,
 * verificatie). A leaf (true) is delivered whole: a date, for instance, never in parts.
 */
export interface VeldBoom {
  readonly [naam: string]: true | VeldBoom
}

const waarde = { code: true, omschrijving: true } as const
const naamGerelateerde = { voornamen: true, adellijkeTitelPredicaat: true, voorvoegsel: true, geslachtsnaam: true, voorletters: true } as const
const geboorte = { datum: true, plaats: waarde, land: waarde } as const
const verblijfadres = {
  officieleStraatnaam: true,
  korteStraatnaam: true,
  huisnummer: true,
  huisletter: true,
  huisnummertoevoeging: true,
  aanduidingBijHuisnummer: waarde,
  postcode: true,
  woonplaats: true,
  locatiebeschrijving: true,
  regel1: true,
  regel2: true,
  regel3: true,
  land: waarde,
} as const
const gezagPersoon = { burgerservicenummer: true, naam: { volledigeNaam: true } } as const

export const BRP_VELDEN: VeldBoom = {
  aNummer: true,
  burgerservicenummer: true,
  datumEersteInschrijvingGBA: true,
  datumInschrijvingInGemeente: true,
  geslacht: waarde,
  leeftijd: true,
  naam: { ...naamGerelateerde, volledigeNaam: true, aanduidingNaamgebruik: waarde },
  geboorte,
  overlijden: { datum: true, plaats: waarde, land: waarde },
  nationaliteiten: { type: true, nationaliteit: waarde, redenOpname: waarde, datumIngangGeldigheid: true },
  verblijfplaats: {
    type: true,
    verblijfadres,
    datumVan: true,
    datumIngangGeldigheid: true,
    functieAdres: waarde,
    adresseerbaarObjectIdentificatie: true,
    nummeraanduidingIdentificatie: true,
    indicatieVastgesteldVerblijftNietOpAdres: true,
  },
  gemeenteVanInschrijving: waarde,
  immigratie: { landVanwaarIngeschreven: waarde, datumVestigingInNederland: true, indicatieVestigingVanuitBuitenland: true, vanuitVerblijfplaatsOnbekend: true },
  adressering: {
    aanhef: true,
    aanschrijfwijze: { naam: true, aanspreekvorm: true },
    gebruikInLopendeTekst: true,
    adresregel1: true,
    adresregel2: true,
    adresregel3: true,
    land: waarde,
  },
  partners: {
    burgerservicenummer: true,
    geslacht: waarde,
    soortVerbintenis: waarde,
    naam: naamGerelateerde,
    geboorte,
    aangaanHuwelijkPartnerschap: { datum: true, plaats: waarde, land: waarde },
    ontbindingHuwelijkPartnerschap: { datum: true },
  },
  kinderen: { burgerservicenummer: true, naam: naamGerelateerde, geboorte },
  ouders: { burgerservicenummer: true, geslacht: waarde, ouderAanduiding: true, datumIngangFamilierechtelijkeBetrekking: true, naam: naamGerelateerde, geboorte },
  gezag: {
    type: true,
    minderjarige: { ...gezagPersoon, leeftijd: true },
    ouders: gezagPersoon,
    ouder: gezagPersoon,
    derde: { type: true, ...gezagPersoon },
    derden: gezagPersoon,
    toelichting: true,
  },
  verblijfstitel: { aanduiding: waarde, datumEinde: true, datumIngang: true },
  europeesKiesrecht: { indicatieEuropeesKiesrecht: true, einddatumUitsluiting: true },
  uitsluitingKiesrecht: { uitgeslotenVanKiesrecht: true, einddatum: true },
  indicatieCurateleRegister: true,
}
