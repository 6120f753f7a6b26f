/**
 * A tiny HTML template helper: everything interpolated into `html` is escaped unless it is itself
 * the result of `html` (or explicitly `trustedHtml`). That way echoing user input safely is the default.
 */
export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value
  }
}

export type HtmlValue = SafeHtml | string | number | false | null | undefined | readonly HtmlValue[]

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => escapes[character] ?? character)
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value
  if (Array.isArray(value)) return value.map(render).join('')
  if (value === false || value === null || value === undefined) return ''
  return escapeHtml(String(value))
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  return new SafeHtml(strings.reduce((out, part, index) => out + part + (index < values.length ? render(values[index]) : ''), ''))
}

/** For markup we did not write but trust, such as the hidden form that oidc-provider hands us. */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup)
}
