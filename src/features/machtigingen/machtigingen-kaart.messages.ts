import type { Translation } from '@/shared/i18n'

/** The overview card: a new machtiging waits for the gemachtigde's answer, so they see it at their next login. */
const nl = {
  machtigingenKaart: {
    wacht: 'Er wacht geen machtiging op uw antwoord. | Er wacht 1 machtiging op uw antwoord. | Er wachten {count} machtigingen op uw antwoord.',
    voorWie: 'U kunt voor niemand anders zaken regelen. | U kunt zaken regelen voor 1 persoon. | U kunt zaken regelen voor {count} personen.',
  },
}

const en: Translation<typeof nl> = {
  machtigingenKaart: {
    wacht: 'No authorisation is waiting for your answer. | 1 authorisation is waiting for your answer. | {count} authorisations are waiting for your answer.',
    voorWie: 'You cannot act for anyone else. | You can act for 1 person. | You can act for {count} people.',
  },
}

export const machtigingenKaartMessages = { nl, en }
