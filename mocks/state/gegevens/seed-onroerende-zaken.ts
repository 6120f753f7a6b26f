import type { OnroerendeZaken } from '../../../src/features/gegevens/gegevens.schemas'
import { jaarVan } from '../dates'

type OnroerendeZaak = OnroerendeZaken['onroerendeZaken'][number]

/** WOZ values for the last five belastingjaren (peildatum: 1 January of the year before), oldest value first. */
function wozWaarden(anker: number, gemeente: string, waarden: readonly number[]) {
  const laatste = jaarVan(anker)
  return waarden
    .map((waarde, index) => {
      const belastingjaar = laatste - (waarden.length - 1 - index)
      return { peildatum: `${belastingjaar - 1}-01-01`, belastingjaar, waarde, vastgesteldDoor: `Gemeente ${gemeente}` }
    })
    .reverse()
}

/** Kadaster: the property rights of the person, with the WOZ values the gemeente set. */
export const onroerendeZakenSeed: Readonly<Record<string, (anker: number) => OnroerendeZaak[]>> = {
  // Fatima owns the house on the Oudegracht together with Youssef.
  '999990019': (anker) => [
    {
      kadastraleAanduiding: 'Utrecht C 2817',
      adres: { officieleStraatnaam: 'Oudegracht', huisnummer: 128, postcode: '3511 AX', woonplaats: 'Utrecht' },
      soortRecht: 'Eigendom',
      aandeel: '1/2',
      wozWaarden: wozWaarden(anker, 'Utrecht', [412_000, 448_000, 466_000, 489_000, 517_000]),
    },
  ],
  '999990032': (anker) => [
    {
      kadastraleAanduiding: 'Amersfoort D 1210 A 7',
      adres: { officieleStraatnaam: 'Zonnehof', huisnummer: 22, postcode: '3811 ND', woonplaats: 'Amersfoort' },
      soortRecht: 'Appartementsrecht',
      wozWaarden: wozWaarden(anker, 'Amersfoort', [268_000, 291_000, 299_000, 312_000, 326_000]),
    },
  ],
  '999990020': (anker) => [
    {
      kadastraleAanduiding: 'Utrecht B 4377',
      adres: { officieleStraatnaam: 'Lange Nieuwstraat', huisnummer: 7, postcode: '3512 PA', woonplaats: 'Utrecht' },
      soortRecht: 'Eigendom',
      wozWaarden: wozWaarden(anker, 'Utrecht', [598_000, 641_000, 655_000, 684_000, 712_000]),
    },
  ],
  '999990044': (anker) => [
    {
      kadastraleAanduiding: 'Utrecht E 5533 A 12',
      adres: { officieleStraatnaam: 'Biltstraat', huisnummer: 301, postcode: '3572 AS', woonplaats: 'Utrecht' },
      soortRecht: 'Appartementsrecht',
      wozWaarden: wozWaarden(anker, 'Utrecht', [301_000, 327_000, 334_000, 349_000, 366_000]),
    },
  ],
}
