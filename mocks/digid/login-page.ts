import { fullName, testPersons } from '../state/persons'
import { html, type SafeHtml } from './html'
import { checked, describedBy, errorSummary, inlineError, renderPage } from './layout'
import { errorFor, type FieldError } from './form-fields'
import { bsnFieldId, levelFieldId, type LoginFormValues } from './login-form'
import { DIGID_LEVELS } from '../../src/features/auth/assurance-levels'
import { levelTexts } from './levels'

export const loginPageTitle = 'Inloggen met DigiD - mock'

export interface LoginPageModel {
  basePath: string
  uid: string
  clientName: string
  values: LoginFormValues
  errors: readonly FieldError[]
}

export function loginPage({ basePath, uid, clientName, values, errors }: LoginPageModel): string {
  const action = `${basePath}/interaction/${encodeURIComponent(uid)}`
  const content = html`
<h1>Inloggen met DigiD</h1>
${errorSummary(errors)}
<p>U logt in bij <strong>${clientName}</strong>. Kies een testpersoon of vul een burgerservicenummer in.</p>
<form class="form" method="post" action="${action}/inloggen" novalidate>
  ${personFieldset(values.persoon)}
  ${bsnField(values.bsn, errorFor(errors, bsnFieldId))}
  ${levelFieldset(values.niveau, errorFor(errors, levelFieldId))}
  <div class="actions">
    <button type="submit" class="button button--primary">Inloggen</button>
    <button type="submit" class="button button--secondary" formaction="${action}/annuleren">Annuleren</button>
  </div>
</form>`
  return renderPage({ basePath, title: loginPageTitle }, content)
}

function personFieldset(chosen: string): SafeHtml {
  return html`<fieldset class="fieldset">
  <legend class="fieldset__legend">Testpersoon</legend>
  <div class="radios">
    ${testPersons.map(
      (person) => html`<div class="radio">
      <input class="radio__input" type="radio" id="persoon-${person.bsn}" name="persoon" value="${person.bsn}"${checked(chosen === person.bsn)}>
      <label class="radio__label" for="persoon-${person.bsn}">${fullName(person)}
        <span class="radio__hint">BSN ${person.bsn} · ${person.rol}</span></label>
    </div>`,
    )}
  </div>
</fieldset>`
}

function bsnField(value: string, error: FieldError | undefined): SafeHtml {
  return html`<div class="field${error ? ' field--error' : ''}">
  <label class="field__label" for="${bsnFieldId}">Burgerservicenummer</label>
  <p class="field__hint" id="${bsnFieldId}-hint">Staat de persoon niet in de lijst? Vul dan een burgerservicenummer van 9 cijfers in. Vult u een nummer in, dan gebruiken we dat nummer en niet de gekozen testpersoon.</p>
  ${inlineError(error)}
  <input class="textbox" type="text" id="${bsnFieldId}" name="bsn" value="${value}" inputmode="numeric" autocomplete="off" spellcheck="false"
    aria-describedby="${describedBy(`${bsnFieldId}-hint`, error && `${bsnFieldId}-fout`)}"${error ? html` aria-invalid="true"` : ''}>
</div>`
}

function levelFieldset(chosen: string, error: FieldError | undefined): SafeHtml {
  return html`<fieldset class="fieldset${error ? ' field--error' : ''}"${error ? html` aria-describedby="${levelFieldId}-fout"` : ''}>
  <legend class="fieldset__legend">Betrouwbaarheidsniveau</legend>
  ${inlineError(error)}
  <div class="radios">
    ${DIGID_LEVELS.map(
      (level) => html`<div class="radio">
      <input class="radio__input" type="radio" id="niveau-${level}" name="niveau" value="${level}"${checked(chosen === level)}>
      <label class="radio__label" for="niveau-${level}">${levelTexts[level].label}
        <span class="radio__hint">${levelTexts[level].hint}</span></label>
    </div>`,
    )}
  </div>
</fieldset>`
}
