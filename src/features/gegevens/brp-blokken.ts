import { adresTekst, brpDatumTekst, naamTekst } from './brp-weergave'
import { regel, type GegevensBlok, type Tekst } from './gegevens-blok'
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
      regels: [
        ...regel(tekst, 'naam', naamTekst(partner.naam), 'brp'),
        ...regel(tekst, 'geboortedatum', partner.geboorte?.datum && brpDatumTekst(partner.geboorte.datum, tekst), 'brp'),
        ...regel(tekst, 'soortVerbintenis', partner.soortVerbintenis?.omschrijving, 'brp'),
        ...regel(tekst, 'sinds', partner.aangaanHuwelijkPartnerschap?.datum && brpDatumTekst(partner.aangaanHuwelijkPartnerschap.datum, tekst), 'brp'),
      ],
    })),
    ...familieBlokken(persoon.kinderen, 'kind', tekst),
    ...familieBlokken(persoon.ouders, 'ouder', tekst),
  ].filter((blok) => blok.regels.length > 0)
}

/** A minor child's data, for a parent with gezag: the same person block, the address, the parents. */
export function kindBlokken(kind: BrpPersoon, tekst: Tekst): GegevensBlok[] {
  return [
    { id: 'persoon', titel: tekst.t('gegevens.blokken.persoon'), regels: persoonRegels(kind, tekst) },
    adresBlok(kind, tekst),
    ...familieBlokken(kind.ouders, 'ouder', tekst),
  ].filter((blok) => blok.regels.length > 0)
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
    ...regel(tekst, 'geboortedatum', persoon.geboorte ? brpDatumTekst(persoon.geboorte.datum, tekst) : undefined, 'brp'),
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
      ...regel(tekst, 'woontHierSinds', verblijf?.datumVan && brpDatumTekst(verblijf.datumVan, tekst), 'brp'),
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
    regels: eerder.map((plaats) => ({
      gegeven: 'adres',
      label: tekst.t('gegevens.waarden.periode', { van: brpDatumTekst(plaats.datumVan, tekst), tot: brpDatumTekst(plaats.datumTot, tekst) }),
      waarde: [adresTekst(plaats.verblijfadres), plaats.gemeenteVanInschrijving?.omschrijving].filter(Boolean).join(' · '),
      bron: 'brp' as const,
    })),
  }
}

function familieBlokken(leden: Gerelateerde[] | undefined, soort: 'kind' | 'ouder', tekst: Tekst): GegevensBlok[] {
  return (leden ?? []).map((lid, index) => ({
    id: `${soort}-${index}`,
    titel: tekst.t(`gegevens.blokken.${soort}`),
    regels: [
      ...regel(tekst, 'naam', naamTekst(lid.naam), 'brp'),
      ...regel(tekst, 'geboortedatum', lid.geboorte ? brpDatumTekst(lid.geboorte.datum, tekst) : undefined, 'brp'),
    ],
  }))
}
