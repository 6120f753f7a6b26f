import type { Translation } from '@/shared/i18n'

/** The Berichtenbox texts the shell shows before the Berichtenbox itself loads: navigation, card, titles. */
const nl = {
  berichtenEntry: {
    nav: 'Berichten',
    ongelezenBadge: '1 ongelezen | {count} ongelezen',
    kaart: {
      titel: 'Berichten',
      omschrijving: 'Post van de Belastingdienst, uw gemeente, UWV en andere organisaties.',
      ongelezen: 'U heeft geen ongelezen berichten. | U heeft 1 ongelezen bericht. | U heeft {count} ongelezen berichten.',
    },
    titels: {
      bericht: 'Bericht',
      instellingen: 'Instellingen Berichtenbox',
    },
  },
}

const en: Translation<typeof nl> = {
  berichtenEntry: {
    nav: 'Messages',
    ongelezenBadge: '1 unread | {count} unread',
    kaart: {
      titel: 'Messages',
      omschrijving: 'Post from the Tax Administration, your municipality, UWV and other organisations.',
      ongelezen: 'You have no unread messages. | You have 1 unread message. | You have {count} unread messages.',
    },
    titels: {
      bericht: 'Message',
      instellingen: 'Berichtenbox settings',
    },
  },
}

export const berichtenEntryMessages = { nl, en }
