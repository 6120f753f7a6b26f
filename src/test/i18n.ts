import { firstLoadMessages } from '@/app/messages'
import { createAppI18n } from '@/shared/i18n'

/** The app's real texts, in Dutch, for component tests. */
export const createTestI18n = () => createAppI18n(firstLoadMessages)
