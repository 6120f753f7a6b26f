import { zaakActiesMessages } from './zaak-acties.messages'
import { zakenMessages } from './zaken.messages'

/** Every text of the feature, loaded with its first route: the list and detail texts and those of tasks and questions. */
export const zakenAllMessages = {
  nl: { zaken: { ...zakenMessages.nl.zaken, ...zaakActiesMessages.nl.zaken } },
  en: { zaken: { ...zakenMessages.en.zaken, ...zaakActiesMessages.en.zaken } },
}
