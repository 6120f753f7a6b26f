/** The Gegevens texts the shell shows before the feature itself loads: navigation, card, page titles. */
export const gegevensEntryMessagesNl = {
  gegevensEntry: {
    nav: 'Gegevens',
    kaart: {
      titel: 'Persoonlijke gegevens',
      omschrijving: 'Wat de overheid over u heeft vastgelegd, en wie uw gegevens heeft gebruikt.',
    },
    titels: {
      overzicht: 'Persoonlijke gegevens',
      gebruik: 'Wie gebruikte mijn gegevens',
      toestemmingen: 'Toestemmingen',
      kloptNiet: 'Klopt een gegeven niet?',
    },
  },
}
