/** The Zaken texts the shell shows before the feature itself loads: navigation, card, page titles. */
export const zakenEntryMessagesNl = {
  zakenEntry: {
    nav: 'Zaken',
    kaart: {
      titel: 'Lopende zaken',
      omschrijving: 'Uw aanvragen en andere zaken: hoe ver ze zijn en wat u nog moet doen.',
    },
  },
}
