import type { Translation } from '@/shared/i18n'

const nl = { ui: { retry: 'Opnieuw proberen' } }
const en: Translation<typeof nl> = { ui: { retry: 'Try again' } }

export const uiMessages = { nl, en }
