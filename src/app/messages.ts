import type { FeatureMessages } from '@/shared/feature'
import { httpMessagesEn, httpMessagesNl } from '@/shared/http'
import type { Locale } from '@/shared/i18n'
import { uiMessages } from '@/shared/ui/ui.messages'
import { appMessages } from './app.messages'
import { features } from './features'

const sources: FeatureMessages[] = [
  appMessages,
  uiMessages,
  { nl: httpMessagesNl, en: httpMessagesEn },
  ...features.flatMap((feature) => (feature.messages ? [feature.messages] : [])),
]

// Each source has its own top-level key (app, ui, http, auth, dashboard, berichtenEntry, …), so a shallow merge is enough.
const merge = (locale: Locale): Record<string, unknown> => Object.assign({}, ...sources.map((source) => source[locale]))

/** Texts of the first load: the shell's own, and what each feature shows before its code loads. */
export const firstLoadMessages: FeatureMessages = { nl: merge('nl'), en: merge('en') }
