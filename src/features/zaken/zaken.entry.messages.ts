/** The Zaken texts the shell shows before the feature itself loads: navigation, card, page titles. */
export const zakenEntryMessagesNl = {
  zakenEntry: {
    nav: 'Zaken',
    kaart: {
      titel: 'Lopende zaken',
      omschrijving: 'Uw aanvragen en andere zaken: hoe ver ze zijn en wat u nog moet doen.',
      aantallen: 'U heeft geen lopende zaken. | U heeft 1 lopende zaak. | U heeft {count} lopende zaken.',
      taken: 'Er wacht niets op u. | Er wacht 1 taak op u. | Er wachten {count} taken op u.',
    },
    titels: {
      lijst: 'Lopende zaken',
      zaak: 'Zaak',
    },
  },
}
