import { HttpResponse } from 'msw'
import { CODE_LIMIETEN, MAX_POGINGEN } from '../../state/berichten/email-verificatie'
import type { CodeAanvraag, Verificatie } from '../../state/berichten/instellingen'
import { problem } from '../problem'

/** 429 when too many codes were asked for; undefined when the code went out. */
export function codeAanvraagAntwoord(aanvraag: CodeAanvraag): Response | undefined {
  if (aanvraag.uitkomst === 'verstuurd') return undefined
  const seconden = Math.max(1, Math.ceil(aanvraag.wachtMs / 1000))
  const reden =
    aanvraag.uitkomst === 'te-veel-voor-persoon'
      ? `U heeft in het afgelopen uur al ${CODE_LIMIETEN.perPersoon.max} codes aangevraagd.`
      : `Naar dit e-mailadres zijn in de afgelopen 24 uur al ${CODE_LIMIETEN.perAdres.max} codes gestuurd.`
  return problem(429, 'Te veel codes aangevraagd', `${reden} Probeer het over ${wachttijd(seconden)} opnieuw.`, { code: 'te-veel-codes' }, {
    'Retry-After': String(seconden),
  })
}

/** "12 minuten", "1 minuut", "3 uur": how long to wait, rounded up. */
function wachttijd(seconden: number): string {
  const minuten = Math.ceil(seconden / 60)
  if (minuten < 60) return minuten === 1 ? '1 minuut' : `${minuten} minuten`
  return `${Math.ceil(minuten / 60)} uur`
}

/** 204 for the right code; otherwise why not, as problem+json with a code the app can act on. */
export function verificatieAntwoord({ uitkomst, pogingenOver }: { uitkomst: Verificatie; pogingenOver: number }): Response {
  switch (uitkomst) {
    case 'geverifieerd':
      return new HttpResponse(null, { status: 204 })
    case 'onjuist':
      return problem(400, 'Code onjuist', `De code klopt niet. U kunt het nog ${pogingenOver} keer proberen.`, {
        code: 'code-onjuist',
        pogingenOver,
        invalidParams: [{ name: 'code', code: 'code-onjuist', reason: 'De code klopt niet.' }],
      })
    case 'te-vaak-onjuist':
      return nieuweCodeNodig('te-vaak-onjuist', `U heeft ${MAX_POGINGEN} keer een verkeerde code ingevuld. Vraag een nieuwe code aan.`)
    case 'verlopen':
      return nieuweCodeNodig('code-verlopen', 'De code is niet meer geldig. Vraag een nieuwe code aan.')
    case 'geen-code':
      return nieuweCodeNodig('geen-code', 'Er is geen code verstuurd. Vul eerst uw e-mailadres in.')
  }
}

/** 409: the code cannot be used any more; only a new code (POST /instellingen/email) helps. */
const nieuweCodeNodig = (code: string, detail: string) => problem(409, 'Vraag een nieuwe code aan', detail, { code })
