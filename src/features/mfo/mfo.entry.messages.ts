/** The Meldpunt's texts the shell shows before the feature itself loads: its overview card. */
export const mfoEntryMessagesNl = {
  mfoEntry: {
    kaart: {
      titel: 'Fout in uw gegevens melden',
      omschrijving: 'Klopt iets niet in een registratie van de overheid? Meld het en volg wat ermee gebeurt.',
    },
  },
}
