export const uiMessagesNl = {
  ui: {
    retry: 'Probeer opnieuw',
    backToOwn: 'Terug naar uw eigen zaken',
    newTab: '(opent in een nieuw tabblad)',
    opensInNewTab: 'Opent in een nieuw tabblad.',
    popupBlocked: 'Uw browser opende geen nieuw tabblad. Daarom is het bestand gedownload.',
  },
}
