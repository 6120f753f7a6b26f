import { html, trustedHtml } from './html'
import { renderPage } from './layout'

/**
 * Shown by oidc-provider at end_session. When our own app sent the person here, it already asked
 * "Wilt u uitloggen?", so logout.js submits the form straight away (the button is for people without
 * JavaScript). A request from anywhere else only gets the question: no script, so no logout without a click.
 */
export function logoutPage(basePath: string, providerForm: string, { automatic }: { automatic: boolean }): string {
  const content = html`
<h1>Uitloggen bij DigiD</h1>
${automatic
    ? html`<p>U wordt uitgelogd bij DigiD. Dit duurt maar even.</p>`
    : html`<p>Wilt u uitloggen bij DigiD? Kies dan Uitloggen. Wilt u dat niet? Sluit dan deze pagina.</p>`}
${trustedHtml(providerForm)}
<div class="actions">
  <button type="submit" class="button button--primary" form="op.logoutForm" name="logout" value="yes">Uitloggen</button>
</div>`
  return renderPage({ basePath, title: 'Uitloggen bij DigiD - mock', scripts: automatic ? ['logout.js'] : [] }, content)
}

/** Only seen when the app did not say where to go after logging out. */
export function loggedOutPage(basePath: string): string {
  const content = html`
<h1>U bent uitgelogd bij DigiD</h1>
<p>U kunt dit venster nu sluiten.</p>`
  return renderPage({ basePath, title: 'Uitgelogd bij DigiD - mock' }, content)
}

const explanations: Record<string, string> = {
  access_denied: 'U hebt het inloggen afgebroken.',
  invalid_request: 'De app stuurde een verzoek dat DigiD niet begrijpt.',
  invalid_client: 'DigiD kent de app niet waarmee u wilt inloggen.',
  invalid_redirect_uri: 'De app wil u terugsturen naar een adres dat DigiD niet kent.',
  unauthorized_client: 'Deze app mag niet op deze manier inloggen.',
  session_not_found: 'Uw inlogpoging is verlopen. Ga terug naar de app en probeer het opnieuw.',
  server_error: 'Er is een fout opgetreden bij DigiD. Probeer het later opnieuw.',
}

export interface ErrorPageModel {
  error: string
  description?: string | undefined
}

/** Dutch, escaped, and never a stack trace: only the OAuth error code and its description. */
export function errorPage(basePath: string, { error, description }: ErrorPageModel): string {
  const explanation = explanations[error] ?? 'Het inloggen is niet gelukt. Ga terug naar de app en probeer het opnieuw.'
  const content = html`
<h1>Er ging iets mis bij DigiD</h1>
<p>${explanation}</p>
<p>Foutcode: <code>${error}</code></p>
${description && html`<details class="details">
  <summary>Technische details</summary>
  <p>${description}</p>
</details>`}`
  return renderPage({ basePath, title: 'Er ging iets mis bij DigiD - mock' }, content)
}
