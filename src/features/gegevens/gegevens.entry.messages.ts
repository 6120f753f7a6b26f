/** The Gegevens texts the shell shows before the feature itself loads: navigation, card, page titles. */
export const gegevensEntryMessagesNl = {
  gegevensEntry: {
    nav: 'Gegevens',
    kaart: {
      titel: 'Persoonlijke gegevens',
      omschrijving: 'Wat de overheid over u heeft vastgelegd, en wie uw gegevens heeft gebruikt.',
    },
  },
}
