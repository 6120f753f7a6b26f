import { adresTekst, brpDatumMachine, brpDatumTekst, naamTekst } from './brp-weergave'
import { regel, vanIemand, type GegevensBlok, type GegevenRegel, type Tekst } from './gegevens-blok'
import type { BrpPersoon, Verblijfplaatshistorie } from './gegevens.schemas'

type Gerelateerde = NonNullable<BrpPersoon['kinderen']>[number]

/** The person's own BRP data, as blocks: person, address (and earlier addresses), partner, children, parents. */
export function brpBlokken(persoon: BrpPersoon, historie: Verblijfplaatshistorie | null, tekst: Tekst): GegevensBlok[] {
  const t = tekst.t
  return [
    { id: 'persoon', titel: t('gegevens.blokken.persoon'), regels: persoonRegels(persoon, tekst) },
    adresBlok(persoon, tekst),
    ...(historie ? [historieBlok(historie, tekst)] : []),
    ...(persoon.partners ?? []).map((partner, index) => ({
      id: `partner-${index}`,
      titel: t('gegevens.blokken.partner'),
      regels: vanIemand(
        [
          ...regel(tekst, 'naam', naamTekst(partner.naam), 'brp'),
          ...datumRegel(tekst, 'geboortedatum', partner.geboorte?.datum),
          ...regel(tekst, 'soortVerbintenis', partner.soortVerbintenis?.omschrijving, 'brp'),
          ...datumRegel(tekst, 'sinds', partner.aangaanHuwelijkPartnerschap?.datum),
        ],
        'partner',
        partner.naam?.voornamen,
        tekst,
      ),
    })),
    ...familieBlokken(persoon.kinderen, 'kind', tekst),
    ...familieBlokken(persoon.ouders, 'ouder', tekst),
  ].filter((blok) => blok.regels.length > 0)
}

/** A minor child's data, for a parent with gezag: the same person block, the address, the parents. */
export function kindBlokken(kind: BrpPersoon, tekst: Tekst): GegevensBlok[] {
  const vanKind = (blok: GegevensBlok) => ({ ...blok, regels: metBsn(vanIemand(blok.regels, 'kind', kind.naam?.voornamen, tekst)) })
  const metBsn = (regels: GegevenRegel[]) => (kind.burgerservicenummer ? regels.map((item) => ({ ...item, persoonBsn: kind.burgerservicenummer })) : regels)
  return [
    vanKind({ id: 'persoon', titel: tekst.t('gegevens.blokken.persoon'), regels: persoonRegels(kind, tekst) }),
    vanKind(adresBlok(kind, tekst)),
    // The parents as the child's record holds them: a correction there is one in the child's registration.
    ...familieBlokken(kind.ouders, 'ouder', tekst).map((blok) => ({ ...blok, regels: metBsn(blok.regels.map((item) => ({ ...item, wie: 'kind' as const }))) })),
  ].filter((blok) => blok.regels.length > 0)
}

/** A BRP date as text, with the date a program reads beside it. */
function datumRegel(tekst: Tekst, gegeven: string, datum: Parameters<typeof brpDatumTekst>[0]): GegevenRegel[] {
  if (!datum) return []
  const machine = brpDatumMachine(datum)
  return regel(tekst, gegeven, brpDatumTekst(datum, tekst), 'brp', machine ? { machineWaarde: machine } : {})
}

function persoonRegels(persoon: BrpPersoon, tekst: Tekst) {
  const nationaliteiten = (persoon.nationaliteiten ?? []).map((item) => item.nationaliteit?.omschrijving).filter(Boolean).join(', ')
  return [
    ...(persoon.burgerservicenummer
      ? [{ gegeven: 'burgerservicenummer', label: tekst.t('gegevens.labels.burgerservicenummer'), waarde: persoon.burgerservicenummer, bsn: true }]
      : []),
    ...regel(tekst, 'voornamen', persoon.naam?.voornamen, 'brp'),
    ...regel(tekst, 'voorvoegsel', persoon.naam?.voorvoegsel, 'brp'),
    ...regel(tekst, 'geslachtsnaam', persoon.naam?.geslachtsnaam, 'brp'),
    ...(persoon.geboorte ? datumRegel(tekst, 'geboortedatum', persoon.geboorte.datum ?? { type: 'DatumOnbekend', langFormaat: 'onbekend' }) : []),
    ...regel(tekst, 'geboorteplaats', persoon.geboorte?.plaats?.omschrijving, 'brp'),
    ...regel(tekst, 'geboorteland', persoon.geboorte?.land?.omschrijving, 'brp'),
    ...regel(tekst, 'geslacht', persoon.geslacht?.omschrijving, 'brp'),
    ...regel(tekst, 'nationaliteit', nationaliteiten, 'brp'),
  ]
}

function adresBlok(persoon: BrpPersoon, tekst: Tekst): GegevensBlok {
  const verblijf = persoon.verblijfplaats
  return {
    id: 'adres',
    titel: tekst.t('gegevens.blokken.adres'),
    regels: [
      ...regel(tekst, 'adres', adresTekst(verblijf?.verblijfadres), 'brp'),
      ...datumRegel(tekst, 'woontHierSinds', verblijf?.datumVan),
      ...regel(tekst, 'gemeente', persoon.gemeenteVanInschrijving?.omschrijving, 'brp'),
    ],
  }
}

/** Earlier addresses, newest first; the current one is already in the address block. */
function historieBlok(historie: Verblijfplaatshistorie, tekst: Tekst): GegevensBlok {
  const eerder = historie.verblijfplaatsen.filter((plaats) => plaats.datumTot !== undefined)
  return {
    id: 'adres-historie',
    titel: tekst.t('gegevens.blokken.adresHistorie'),
    regels: eerder.map((plaats) => {
      const adres = adresTekst(plaats.verblijfadres)
      // The gemeente only when it is not already the place in the address.
      const gemeente = plaats.gemeenteVanInschrijving?.omschrijving
      const anders = gemeente && gemeente !== plaats.verblijfadres?.woonplaats ? gemeente : undefined
      return {
        gegeven: 'adres',
        label: tekst.t('gegevens.waarden.periode', { van: brpDatumTekst(plaats.datumVan, tekst), tot: brpDatumTekst(plaats.datumTot, tekst) }),
        waarde: [adres, anders].filter(Boolean).join(' · '),
        naam: tekst.t('gegevens.eerderAdres', { adres }),
        bron: 'brp' as const,
      }
    }),
  }
}

function familieBlokken(leden: Gerelateerde[] | undefined, soort: 'kind' | 'ouder', tekst: Tekst): GegevensBlok[] {
  return (leden ?? []).map((lid, index) => ({
    id: `${soort}-${index}`,
    titel: tekst.t(`gegevens.blokken.${soort}`),
    regels: vanIemand(
      [
        ...regel(tekst, 'naam', naamTekst(lid.naam), 'brp'),
        ...(lid.geboorte ? datumRegel(tekst, 'geboortedatum', lid.geboorte.datum ?? { type: 'DatumOnbekend', langFormaat: 'onbekend' }) : []),
      ],
      soort,
      lid.naam?.voornamen,
      tekst,
    ),
  }))
}
