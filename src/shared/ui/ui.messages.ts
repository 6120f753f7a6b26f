import type { Translation } from '@/shared/i18n'

const nl = {
  ui: {
    retry: 'Opnieuw proberen',
    newTab: '(opent in een nieuw tabblad)',
    opensInNewTab: 'Opent in een nieuw tabblad.',
    popupBlocked: 'Uw browser opende geen nieuw tabblad. Daarom is het bestand gedownload.',
  },
}
const en: Translation<typeof nl> = {
  ui: {
    retry: 'Try again',
    newTab: '(opens in a new tab)',
    opensInNewTab: 'Opens in a new tab.',
    popupBlocked: 'Your browser did not open a new tab. So the file has been downloaded.',
  },
}

export const uiMessages = { nl, en }
