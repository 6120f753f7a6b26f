import { onScopeDispose, toValue, watch, type MaybeRefOrGetter } from 'vue'
import { useFeatureMessages } from '@/shared/i18n/use-feature-messages'
import { formMessages } from './form.messages'

// One page has one title, and two forms on it may both show errors: the prefix stays while any of them does.
// (Module state on purpose: it mirrors document.title, which is global too.)
const owners = new Set<symbol>()
let appliedPrefix: string | null = null

function removePrefix(): void {
  if (appliedPrefix && document.title.startsWith(appliedPrefix)) document.title = document.title.slice(appliedPrefix.length)
  appliedPrefix = null
}

function applyPrefix(prefix: string): void {
  if (appliedPrefix === prefix && document.title.startsWith(prefix)) return
  removePrefix()
  if (!document.title.startsWith(prefix)) document.title = `${prefix}${document.title}`
  appliedPrefix = prefix
}

/**
 * While a form shows errors the page title starts with "Fout: " (GOV.UK): the first thing a screen reader
 * user hears when returning to the tab. Idempotent: adding twice gives one prefix; the last form to clear
 * its errors (or to unmount) removes it.
 */
export function useErrorTitle(active: MaybeRefOrGetter<boolean>): void {
  const { t } = useFeatureMessages(formMessages)
  const owner = Symbol('error-title')

  function update(on: boolean, prefix: string): void {
    if (on) owners.add(owner)
    else owners.delete(owner)
    if (owners.size > 0) applyPrefix(prefix)
    else removePrefix()
  }

  watch(() => [toValue(active), `${t('form.errorSummary.titlePrefix')} `] as const, ([on, prefix]) => update(on, prefix), {
    immediate: true,
  })
  onScopeDispose(() => update(false, appliedPrefix ?? ''))
}
