import { html, type SafeHtml } from './html'
import type { FieldError } from './form-fields'

export interface PageOptions {
  /** Path the router is mounted at, e.g. '/mock-digid'; assets live below it. */
  basePath: string
  title: string
  /** External scripts only: the CSP forbids inline ones. */
  scripts?: readonly string[]
}

/** The DigiD-like frame every page shares: one header, one main landmark, one footer. */
export function renderPage({ basePath, title, scripts = [] }: PageOptions, content: SafeHtml): string {
  return html`<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<link rel="stylesheet" href="${basePath}/assets/digid.css">
${scripts.map((name) => html`<script src="${basePath}/assets/${name}" defer></script>`)}
</head>
<body>
<a class="skip-link" href="#inhoud">Direct naar inhoud</a>
<header class="header">
  <div class="container header__inner">
    <p class="logo"><span class="logo__mark">DigiD</span> <span class="logo__label">mock</span></p>
  </div>
  <div class="test-notice">
    <p class="container"><strong>Testomgeving.</strong> Dit is een testomgeving. Gebruik nooit echte gegevens.</p>
  </div>
</header>
<main id="inhoud" class="container main" tabindex="-1">
${content}
</main>
<footer class="footer">
  <p class="container">Dit is geen echte DigiD. Deze pagina hoort bij de testomgeving van Mijn Overheid.</p>
</footer>
</body>
</html>
`.value
}

/**
 * The error summary at the top of a form. `autofocus` moves focus here after the page reloads,
 * without a script, so screen reader users hear the errors first.
 */
export function errorSummary(errors: readonly FieldError[]): SafeHtml | false {
  if (errors.length === 0) return false
  return html`<div class="error-summary" role="alert" aria-labelledby="fout-titel" tabindex="-1" autofocus>
  <h2 class="error-summary__title" id="fout-titel">Er ging iets mis</h2>
  <ul class="error-summary__list">
    ${errors.map((error) => html`<li><a href="#${error.fieldId}">${error.message}</a></li>`)}
  </ul>
</div>`
}

export function inlineError(error: FieldError | undefined): SafeHtml | false {
  if (!error) return false
  return html`<p class="error-message" id="${error.fieldId}-fout"><span class="visually-hidden">Fout: </span>${error.message}</p>`
}

export function describedBy(...ids: ReadonlyArray<string | false | undefined>): string {
  return ids.filter(Boolean).join(' ')
}

export function checked(isChecked: boolean): SafeHtml | false {
  return isChecked && html` checked`
}
