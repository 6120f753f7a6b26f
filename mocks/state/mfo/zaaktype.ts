import type { Zaaktype } from '../zaken/types'

export const CORRECTIEVERZOEK = 'correctieverzoek'
export const MFO_ORGANISATIE = 'Meldpunt Fouten in Overheidsregistraties'

/** The steps of a correctieverzoek, by index, as the app's statuses name them. */
export const STAPPEN = { ontvangen: 0, inBehandeling: 1, navraag: 2, afgerond: 3 } as const

/** A correctieverzoek as a zaak in Lopende zaken. Texts at B1: what happens now, what to expect. */
export const correctieverzoekZaaktype: Zaaktype = {
  identificatie: CORRECTIEVERZOEK,
  omschrijving: 'Correctieverzoek',
  organisatie: MFO_ORGANISATIE,
  prefix: 'MFO',
  persoonlijk: true,
  doorlooptijdDagen: 42,
  stappen: [
    {
      omschrijving: 'Ontvangen',
      statustekst: 'We hebben uw melding van een fout ontvangen.',
      toelichting: 'We kijken of we alles hebben wat nodig is. Binnen 5 werkdagen neemt een medewerker contact met u op. U hoeft nu niets te doen.',
    },
    {
      omschrijving: 'In behandeling',
      statustekst: 'Een medewerker bekijkt uw melding.',
      toelichting: 'We zoeken uit waar de fout vandaan komt en welke organisatie het gegeven kan verbeteren. Hebben we een vraag? Dan nemen we contact met u op zoals u dat wilde.',
    },
    {
      omschrijving: 'Navraag bij bronhouder',
      statustekst: 'We hebben uw melding voorgelegd aan de organisatie die het gegeven bijhoudt.',
      toelichting: 'Die organisatie kijkt of het gegeven fout is en verbetert het als dat zo is. Dit duurt meestal 2 tot 4 weken. Wij houden u op de hoogte.',
    },
    {
      omschrijving: 'Afgerond',
      statustekst: 'We hebben uw melding afgerond.',
      toelichting: 'U leest hieronder of het gegeven is verbeterd. Bent u het er niet mee eens? Dan kunt u de melding binnen 6 weken opnieuw openen.',
    },
  ],
}
