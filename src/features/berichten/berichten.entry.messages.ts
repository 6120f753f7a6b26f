/** The Berichtenbox texts the shell shows before the Berichtenbox itself loads: navigation, card, titles. */
export const berichtenEntryMessagesNl = {
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
