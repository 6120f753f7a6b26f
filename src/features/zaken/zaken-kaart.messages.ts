import type { Translation } from '@/shared/i18n'

/** The counts on the overview card: they load with the card's status, after the overview shows. */
const nl = {
  zakenKaart: {
    aantallen: 'U heeft geen lopende zaken. | U heeft 1 lopende zaak. | U heeft {count} lopende zaken.',
    taken: 'Er wacht niets op u. | Er wacht 1 taak op u. | Er wachten {count} taken op u.',
  },
}

const en: Translation<typeof nl> = {
  zakenKaart: {
    aantallen: 'You have no ongoing cases. | You have 1 ongoing case. | You have {count} ongoing cases.',
    taken: 'Nothing is waiting for you. | 1 task is waiting for you. | {count} tasks are waiting for you.',
  },
}

export const zakenKaartMessages = { nl, en }
