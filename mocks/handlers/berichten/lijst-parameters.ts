import * as v from 'valibot'
import { zoekbaar } from '../../state/berichten/html-tekst'
import { MAPPEN, STATUSSEN, type MapNaam } from '../../state/berichten/types'
import type { Zoekvraag } from '../../state/berichten/zoekvraag'

export const MAX_PAGINAGROOTTE = 200

const geheelGetal = (naam: string, min: number, max: number) =>
  v.pipe(
    v.string(),
    v.regex(/^\d{1,7}$/, `${naam} moet een geheel getal zijn.`),
    v.transform(Number),
    v.minValue(min, `${naam} moet minstens ${min} zijn.`),
    v.maxValue(max, `${naam} mag hoogstens ${max} zijn.`),
  )

/** Spaces around a search term do not count; "   " is as empty as "". */
const zoekterm = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(2, 'Zoek op minstens 2 tekens.'),
  v.maxLength(200, 'Zoek op hoogstens 200 tekens.'),
)

const gemeenschappelijk = {
  pagina: v.optional(geheelGetal('pagina', 0, 1_000_000), '0'),
  paginaGrootte: v.optional(geheelGetal('paginaGrootte', 1, MAX_PAGINAGROOTTE), '20'),
  afzender: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1, 'Kies een afzender.'), v.maxLength(200, 'Deze afzender bestaat niet.'))),
  status: v.optional(v.picklist(STATUSSEN, 'Kies status gelezen of ongelezen.')),
  actieNodig: v.optional(v.picklist(['true', 'false'], 'actieNodig is true of false.')),
  sorteer: v.optional(v.picklist(['-publicatietijdstip', 'publicatietijdstip'], 'Sorteer op -publicatietijdstip of publicatietijdstip.'), '-publicatietijdstip'),
}

/** GET /berichten: one folder, optionally searched. */
export const LijstParameters = v.object({
  ...gemeenschappelijk,
  map: v.optional(v.picklist(MAPPEN, 'Kies map postvak, archief of prullenbak.'), 'postvak'),
  q: v.optional(zoekterm),
})

/** GET /berichten/_zoeken: all folders except the trash; q is required. */
export const ZoekParameters = v.object({
  ...gemeenschappelijk,
  q: v.pipe(v.optional(v.string(), ''), zoekterm),
})

type Parameters = Omit<v.InferOutput<typeof LijstParameters>, 'map'>

export function zoekvraag(parameters: Parameters, mappen: readonly MapNaam[]): Zoekvraag {
  return {
    mappen,
    ...(parameters.afzender === undefined ? {} : { afzender: parameters.afzender }),
    ...(parameters.status === undefined ? {} : { status: parameters.status }),
    ...(parameters.actieNodig === undefined ? {} : { actieNodig: parameters.actieNodig === 'true' }),
    ...(parameters.q === undefined ? {} : { zoekterm: zoekbaar(parameters.q) }),
    oplopend: parameters.sorteer === 'publicatietijdstip',
    pagina: parameters.pagina,
    paginaGrootte: parameters.paginaGrootte,
  }
}
