import { firstLoadMessagesNl } from '@/app/messages'
import { appMessagesEn } from '@/app/app.messages.en'
import { authMessagesEn } from '@/features/auth/auth.messages.en'
import { berichtenEntryMessagesEn } from '@/features/berichten/berichten.entry.messages.en'
import { gegevensEntryMessagesEn } from '@/features/gegevens/gegevens.entry.messages.en'
import { zakenEntryMessagesEn } from '@/features/zaken/zaken.entry.messages.en'
import { machtigingenEntryMessagesEn } from '@/features/machtigingen/machtigingen.entry.messages.en'
import { mfoEntryMessagesEn } from '@/features/mfo/mfo.entry.messages.en'
import { dashboardMessagesEn } from '@/features/dashboard/dashboard.messages.en'
import { httpMessagesEn } from '@/shared/http/http.messages.en'
import { createAppI18n } from '@/shared/i18n'
import { uiMessagesEn } from '@/shared/ui/ui.messages.en'

/** The app's real first-load texts, Dutch and English, for component tests (the app loads English on demand). */
export const firstLoadMessagesEn = {
  ...appMessagesEn,
  ...uiMessagesEn,
  ...httpMessagesEn,
  ...authMessagesEn,
  ...dashboardMessagesEn,
  ...berichtenEntryMessagesEn,
  ...gegevensEntryMessagesEn,
  ...zakenEntryMessagesEn,
  ...machtigingenEntryMessagesEn,
  ...mfoEntryMessagesEn,
}

export const createTestI18n = () => createAppI18n({ nl: firstLoadMessagesNl, en: firstLoadMessagesEn })
