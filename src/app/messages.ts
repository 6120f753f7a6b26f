import type { MessageTree } from '@/shared/feature'
import { httpMessagesNl } from '@/shared/http'
import type { Locale } from '@/shared/i18n'
import { uiMessagesNl } from '@/shared/ui/ui.messages'
import { appMessagesNl } from './app.messages'
import { features } from './features'

// Each source has its own top-level key (app, ui, http, auth, dashboard, berichtenEntry, …), so a shallow merge is enough.
const merge = (trees: MessageTree[]): MessageTree => Object.assign({}, ...trees)

/** Dutch texts of the first load: the shell's own, and what each feature shows before its code loads. */
export const firstLoadMessagesNl: MessageTree = merge([
  appMessagesNl,
  uiMessagesNl,
  httpMessagesNl,
  ...features.flatMap((feature) => (feature.messages ? [feature.messages.nl] : [])),
])

/** The same texts in English, fetched only when someone chooses English (or chose it before). */
export async function loadFirstLoadMessagesEn(): Promise<MessageTree> {
  const trees = await Promise.all([
    import('./app.messages.en').then((module) => module.appMessagesEn),
    import('@/shared/ui/ui.messages.en').then((module) => module.uiMessagesEn),
    import('@/shared/http/http.messages.en').then((module) => module.httpMessagesEn),
    ...features.flatMap((feature) => (feature.messages ? [feature.messages.en()] : [])),
  ])
  return merge(trees)
}

/** What the language switch and start-up need: the texts of a language, loaded once. */
export function createLocaleLoader(sink: { mergeLocaleMessage(locale: string, messages: MessageTree): void }) {
  let english: Promise<void> | null = null
  return (locale: Locale): Promise<void> => {
    if (locale === 'nl') return Promise.resolve()
    english ??= loadFirstLoadMessagesEn().then(
      (messages) => sink.mergeLocaleMessage('en', messages),
      (error: unknown) => {
        english = null
        throw error
      },
    )
    return english
  }
}
