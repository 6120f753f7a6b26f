import type { MessageCompiler, MessageContext, MessageFunction } from 'vue-i18n'

const PLACEHOLDER = /\{(\w+)\}/g

/**
 * Our texts use named placeholders ("Welkom, {name}") and vue-i18n's plural forms
 * ("1 bijlage | {count} bijlagen", or "geen | één | {count}" with a zero form), chosen by
 * `t(key, count)`. This tiny compiler replaces vue-i18n's full message compiler, which would
 * cost the first load about 10 KB gzip. Linked messages and modifiers are not available.
 */
export const placeholderCompiler: MessageCompiler = (message) => {
  const source = typeof message === 'string' ? message : ''
  const forms = source.split('|').map((form) => form.trim())
  const fill = (text: string, context: MessageContext) =>
    text.replace(PLACEHOLDER, (match, name: string) => {
      const value = context.values[name]
      return value === undefined || value === null ? match : String(value)
    })
  const render: MessageFunction = (context: MessageContext) =>
    fill(forms.length > 1 ? context.plural(forms) : source, context)
  return render
}
