import { authMessages } from '@/features/auth'
import { dashboardMessages } from '@/features/dashboard'
import { httpMessagesEn, httpMessagesNl } from '@/shared/http'
import { uiMessages } from '@/shared/ui/ui.messages'
import { appMessages } from './app.messages'

/** Texts of the first load. Lazily loaded features bring their own. */
export const firstLoadMessages = {
  nl: { ...appMessages.nl, ...authMessages.nl, ...dashboardMessages.nl, ...uiMessages.nl, ...httpMessagesNl },
  en: { ...appMessages.en, ...authMessages.en, ...dashboardMessages.en, ...uiMessages.en, ...httpMessagesEn },
}
