/** The Machtigingen texts the shell shows before the feature itself loads: navigation and card. */
export const machtigingenEntryMessagesNl = {
  machtigingenEntry: {
    nav: 'Machtigingen',
    kaart: {
      titel: 'Machtigingen',
      omschrijving: 'Wie zaken voor u regelt, voor wie u zaken regelt, en wat er namens u is gedaan.',
    },
  },
}
