import type { Translation } from '@/shared/i18n'

/**
 * Texts of the generic form parts (ErrorSummary, TextField). Kept apart from the settings texts so those parts
 * can move to src/shared/ui together with their texts.
 */
const nl = { formulier: { foutoverzicht: 'Er ging iets mis', foutVoorvoegsel: 'Fout:' } }
const en: Translation<typeof nl> = { formulier: { foutoverzicht: 'Something went wrong', foutVoorvoegsel: 'Error:' } }

export const formMessages = { nl, en }
