import type { ZaakRegel } from './seed'
import { paspoort, parkeervergunning } from './zaaktypen-gemeente'
import { bezwaarAanslag, studiefinanciering, wwUitkering, zorgtoeslag } from './zaaktypen-rijk'

/** The UWV letter asking for loonstroken (mocks/state/berichten/brieven-uitkeringen.ts, informatieWw): it belongs to the WW-uitkering. */
export const LOONSTROKEN_BRIEF = { afzender: 'UWV', onderwerp: 'Wij hebben meer informatie nodig over uw inkomsten' } as const
const TOEKENNING_BRIEF = { afzender: 'UWV', onderwerp: 'U krijgt een WW-uitkering' } as const

/**
 * Fatima El Amrani (999990019), DESIGN.md §5: four open zaken (a task to upload her huurcontract, a question
 * and the loonstroken letter at the UWV, a bezwaar past its expected end date, a DUO change) and two closed ones.
 */
export const fatimaZaken: readonly ZaakRegel[] = [
  {
    zaaktype: parkeervergunning,
    toelichting: 'Voor uw auto met kenteken T-472-KV in de zone Binnenstad.',
    statusDagenGeleden: [9, 6],
    taken: [{ soort: 'upload', omschrijving: 'Stuur een kopie van uw huurcontract', deadlineOverDagen: 10 }],
    documenten: [{ titel: 'Ontvangstbevestiging aanvraag parkeervergunning', dagenGeleden: 9, tekst: 'We hebben uw aanvraag voor een parkeervergunning voor bewoners ontvangen. We laten u binnen 4 weken weten of u de vergunning krijgt.' }],
  },
  {
    zaaktype: wwUitkering,
    statusDagenGeleden: [120, 112, 97, 90],
    brieven: [TOEKENNING_BRIEF],
    taken: [
      { soort: 'vraag', omschrijving: 'Beantwoord een vraag over uw nieuwe werk', vraag: 'Hoeveel uur per week werkt u in uw nieuwe baan, en sinds wanneer?', deadlineOverDagen: 12 },
      { soort: 'upload', omschrijving: 'Stuur uw loonstroken en arbeidscontract', brief: LOONSTROKEN_BRIEF },
    ],
    documenten: [{ titel: 'Beslissing WW-uitkering', dagenGeleden: 97, tekst: 'U krijgt een WW-uitkering. In deze brief leest u hoe hoog uw uitkering is en hoe lang u die krijgt.' }],
  },
  {
    zaaktype: bezwaarAanslag,
    omschrijving: 'Bezwaar tegen aanslag inkomstenbelasting 2025',
    statusDagenGeleden: [60, 53],
    documenten: [{ titel: 'Ontvangstbevestiging bezwaar', dagenGeleden: 59, tekst: 'We hebben uw bezwaar tegen de aanslag inkomstenbelasting 2025 ontvangen. We nemen binnen 6 weken een besluit.' }],
    vragen: [
      {
        tekst: 'Wanneer hoor ik iets over mijn bezwaar?',
        antwoord: 'Bedankt voor uw vraag. Het duurt langer dan we dachten, omdat we veel bezwaren krijgen. U hoort uiterlijk op de laatste datum die de wet ons geeft van ons.',
        dagenGeleden: 12,
      },
    ],
  },
  { zaaktype: studiefinanciering, statusDagenGeleden: [5] },
  {
    zaaktype: paspoort,
    statusDagenGeleden: [45, 44, 33, 30],
    resultaat: 'Paspoort uitgereikt',
  },
  {
    zaaktype: zorgtoeslag,
    statusDagenGeleden: [200, 190, 172, 160],
    resultaat: 'Zorgtoeslag toegekend',
    documenten: [{ titel: 'Beschikking zorgtoeslag', dagenGeleden: 160, tekst: 'U krijgt zorgtoeslag. In deze brief staat hoeveel u per maand krijgt.' }],
  },
]
