import { html } from './html'
import { checked, errorSummary, inlineError, renderPage } from './layout'
import { errorFor, type FieldError } from './form-fields'
import { choiceFieldId, forMyselfValue, type Vertegenwoordigbare } from './represent-form'

export const representPageTitle = 'Voor wie wilt u inloggen? - DigiD mock'

export interface RepresentPageModel {
  basePath: string
  uid: string
  /** The name of the person logging in. */
  naam: string
  keuzes: readonly Vertegenwoordigbare[]
  chosen: string
  errors: readonly FieldError[]
}

/** Second step, only for people who may act for someone else (machtiging or bewind). */
export function representPage({ basePath, uid, naam, keuzes, chosen, errors }: RepresentPageModel): string {
  const action = `${basePath}/interaction/${encodeURIComponent(uid)}`
  const error = errorFor(errors, choiceFieldId)
  const options = [
    { id: choiceFieldId, value: forMyselfValue, label: 'Voor mijzelf', hint: naam },
    ...keuzes.map((keuze) => ({
      id: `keuze-${keuze.burgerservicenummer}`,
      value: keuze.burgerservicenummer,
      label: `Namens ${keuze.naam}`,
      hint: `BSN ${keuze.burgerservicenummer}`,
    })),
  ]

  const content = html`
${errorSummary(errors)}
<form class="form" method="post" action="${action}/namens" novalidate>
  <fieldset class="fieldset${error ? ' field--error' : ''}" aria-describedby="keuze-uitleg${error ? ` ${choiceFieldId}-fout` : ''}">
    <legend class="fieldset__legend fieldset__legend--page"><h1>Voor wie wilt u inloggen?</h1></legend>
    <p class="field__hint" id="keuze-uitleg">U logt in als ${naam}. U mag ook zaken regelen voor iemand anders.</p>
    ${inlineError(error)}
    <div class="radios">
      ${options.map(
        (option) => html`<div class="radio">
        <input class="radio__input" type="radio" id="${option.id}" name="keuze" value="${option.value}"${checked(chosen === option.value)}>
        <label class="radio__label" for="${option.id}">${option.label}
          <span class="radio__hint">${option.hint}</span></label>
      </div>`,
      )}
    </div>
  </fieldset>
  <div class="actions">
    <button type="submit" class="button button--primary">Inloggen</button>
    <button type="submit" class="button button--secondary" formaction="${action}/annuleren">Annuleren</button>
  </div>
</form>`
  return renderPage({ basePath, title: representPageTitle }, content)
}
