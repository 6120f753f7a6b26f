import { formatDate } from '@/shared/format/format'
import { adresTekst, bedragTekst } from './brp-weergave'
import { regel, type GegevensBlok, type Tekst } from './gegevens-blok'
import type { Diplomas, Inkomens, OnroerendeZaken, Voertuigen } from './gegevens.schemas'

/** The sources beside the BRP, as blocks: one per vehicle, house or diploma; income as one list of years. */
const datum = (waarde: string | undefined, tekst: Tekst) => (waarde ? formatDate(waarde, tekst.locale) : undefined)

export function voertuigBlokken({ voertuigen }: Voertuigen, tekst: Tekst): GegevensBlok[] {
  return voertuigen.map((voertuig) => ({
    id: `voertuig-${voertuig.kenteken}`,
    titel: `${voertuig.kenteken} · ${voertuig.merk}`,
    regels: [
      ...regel(tekst, 'kenteken', voertuig.kenteken, 'rdw'),
      ...regel(tekst, 'merk', [voertuig.merk, voertuig.handelsbenaming].filter(Boolean).join(' '), 'rdw'),
      ...regel(tekst, 'voertuigsoort', voertuig.voertuigsoort, 'rdw'),
      ...regel(tekst, 'kleur', voertuig.kleur, 'rdw'),
      ...regel(tekst, 'datumEersteToelating', datum(voertuig.datumEersteToelating, tekst), 'rdw'),
      ...regel(tekst, 'datumTenaamstelling', datum(voertuig.datumTenaamstelling, tekst), 'rdw'),
      ...regel(tekst, 'vervaldatumApk', datum(voertuig.vervaldatumApk, tekst), 'rdw'),
    ],
  }))
}

export function woningBlokken({ onroerendeZaken }: OnroerendeZaken, tekst: Tekst): GegevensBlok[] {
  return onroerendeZaken.flatMap((zaak) => [
    {
      id: `woning-${zaak.kadastraleAanduiding}`,
      titel: adresTekst(zaak.adres),
      regels: [
        ...regel(tekst, 'adres', adresTekst(zaak.adres), 'kadaster'),
        ...regel(tekst, 'kadastraleAanduiding', zaak.kadastraleAanduiding, 'kadaster'),
        ...regel(tekst, 'soortRecht', zaak.soortRecht, 'kadaster'),
        ...regel(tekst, 'aandeel', zaak.aandeel, 'kadaster'),
      ],
    },
    {
      id: `woz-${zaak.kadastraleAanduiding}`,
      titel: tekst.t('gegevens.blokken.woz'),
      regels: [...zaak.wozWaarden]
        .sort((a, b) => b.belastingjaar - a.belastingjaar)
        .map((woz) => ({
          gegeven: 'wozWaarde',
          label: String(woz.belastingjaar),
          waarde: tekst.t('gegevens.waarden.woz', {
            waarde: bedragTekst(woz.waarde, tekst.locale),
            peildatum: formatDate(woz.peildatum, tekst.locale),
            door: woz.vastgesteldDoor,
          }),
          bron: 'woz' as const,
        })),
    },
  ]).filter((blok) => blok.regels.length > 0)
}

export function diplomaBlokken({ diplomas }: Diplomas, tekst: Tekst): GegevensBlok[] {
  return diplomas.map((diploma, index) => ({
    id: `diploma-${index}`,
    titel: diploma.opleiding,
    regels: [
      ...regel(tekst, 'opleiding', diploma.opleiding, 'duo'),
      ...regel(tekst, 'niveau', diploma.niveau, 'duo'),
      ...regel(tekst, 'onderwijsinstelling', diploma.onderwijsinstelling, 'duo'),
      ...regel(tekst, 'datumBehaald', datum(diploma.datumBehaald, tekst), 'duo'),
    ],
  }))
}

export function inkomenBlokken({ inkomens }: Inkomens, tekst: Tekst): GegevensBlok[] {
  if (inkomens.length === 0) return []
  const regels = [...inkomens]
    .sort((a, b) => b.belastingjaar - a.belastingjaar)
    .map((inkomen) => ({
      gegeven: 'inkomen',
      label: String(inkomen.belastingjaar),
      waarde: tekst.t('gegevens.waarden.inkomen', {
        bedrag: bedragTekst(inkomen.verzamelinkomen, tekst.locale),
        status: tekst.t(inkomen.definitief ? 'gegevens.waarden.definitief' : 'gegevens.waarden.voorlopig'),
      }),
      bron: 'belastingdienst' as const,
    }))
  return [{ id: 'inkomen', titel: tekst.t('gegevens.labels.inkomen'), regels }]
}
