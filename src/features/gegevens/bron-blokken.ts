import { formatDate } from '@/shared/format/format'
import { adresTekst, bedragTekst, gewoneLetters } from './brp-weergave'
import { regel, type GegevensBlok, type Tekst } from './gegevens-blok'
import type { Diplomas, Inkomens, OnroerendeZaken, Voertuigen } from './gegevens.schemas'

/** The sources beside the BRP, as blocks: one per vehicle, house or diploma; income as one list of years. */
const datum = (waarde: string | undefined, tekst: Tekst) => (waarde ? formatDate(waarde, tekst.locale) : undefined)
const datumRegel = (tekst: Tekst, gegeven: string, waarde: string | undefined, bron: 'rdw' | 'duo') =>
  regel(tekst, gegeven, datum(waarde, tekst), bron, waarde ? { machineWaarde: waarde } : {})

export function voertuigBlokken({ voertuigen }: Voertuigen, tekst: Tekst): GegevensBlok[] {
  return voertuigen.map((voertuig) => ({
    id: `voertuig-${voertuig.kenteken}`,
    titel: `${voertuig.kenteken} · ${gewoneLetters(voertuig.merk) ?? ''}`,
    regels: [
      ...regel(tekst, 'kenteken', voertuig.kenteken, 'rdw'),
      ...regel(tekst, 'merk', gewoneLetters([voertuig.merk, voertuig.handelsbenaming].filter(Boolean).join(' ')), 'rdw'),
      ...regel(tekst, 'voertuigsoort', voertuig.voertuigsoort, 'rdw'),
      ...regel(tekst, 'kleur', gewoneLetters(voertuig.kleur), 'rdw'),
      ...datumRegel(tekst, 'datumEersteToelating', voertuig.datumEersteToelating, 'rdw'),
      ...datumRegel(tekst, 'datumTenaamstelling', voertuig.datumTenaamstelling, 'rdw'),
      ...datumRegel(tekst, 'vervaldatumApk', voertuig.vervaldatumApk, 'rdw'),
    ].map((item) => ({ ...item, naam: tekst.t('gegevens.vanVoertuig', { gegeven: item.label, kenteken: voertuig.kenteken }) })),
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
          naam: tekst.t('gegevens.wozVanJaar', { jaar: woz.belastingjaar }),
          machineWaarde: woz.waarde,
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
      ...datumRegel(tekst, 'datumBehaald', diploma.datumBehaald, 'duo'),
    ].map((item) => ({ ...item, naam: tekst.t('gegevens.vanDiploma', { gegeven: item.label, opleiding: diploma.opleiding }) })),
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
      naam: tekst.t('gegevens.inkomenVanJaar', { jaar: inkomen.belastingjaar }),
      machineWaarde: inkomen.verzamelinkomen,
    }))
  return [{ id: 'inkomen', titel: tekst.t('gegevens.blokken.inkomen'), regels }]
}
