import type { FeatureMessages } from '@/shared/feature'
import type { Translation } from '@/shared/i18n'

const nl = {
  schermen: {
    titel: 'Overzicht van schermen',
    uitleg:
      'Voor wie de toegankelijkheid test: open elk scherm in elke toestand, zonder eerst te klikken. U wordt dan ingelogd als de testpersoon die erbij hoort. De gegevens van de mocks gaan terug naar het begin.',
    alleenMetMocks: 'Dit overzicht is er alleen als de mocks aan staan. Hier staan ze uit.',
    controleren: 'We kijken of de mocks aan staan.',
    vraag: 'Als u dit scherm klaarzet, gaan de gegevens van de mocks terug naar het begin en wordt u ingelogd als de testpersoon die erbij hoort.',
    zetKlaar: 'Zet dit scherm klaar',
    openen: 'Scherm klaarzetten',
    bezig: 'We zetten het scherm klaar: {titel} ({staat}).',
    onbekend: 'Dit scherm bestaat niet in het overzicht.',
    mislukt: 'Het scherm klaarzetten is niet gelukt: {reden}',
    terug: 'Terug naar het overzicht van schermen',
  },
}

const en: Translation<typeof nl> = {
  schermen: {
    titel: 'Overview of screens',
    uitleg:
      'For accessibility testers: open every screen in every state, without clicking through first. You are logged in as the test person it needs. The mock data goes back to the start.',
    alleenMetMocks: 'This overview exists only when the mocks are on. Here they are off.',
    controleren: 'Checking whether the mocks are on.',
    vraag: 'If you prepare this screen, the mock data goes back to the start and you are logged in as the test person it needs.',
    zetKlaar: 'Prepare this screen',
    openen: 'Preparing the screen',
    bezig: 'Preparing the screen: {titel} ({staat}).',
    onbekend: 'This screen is not in the overview.',
    mislukt: 'Preparing the screen did not work: {reden}',
    terug: 'Back to the overview of screens',
  },
}

export const schermenMessages: FeatureMessages = { nl, en }
