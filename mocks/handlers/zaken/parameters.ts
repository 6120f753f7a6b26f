import * as v from 'valibot'
import { MAX_TEKST_TEKENS, MAX_ZAKEN_PAGINAGROOTTE, ZAAK_FILTERS, ZAKEN_PAGINAGROOTTE } from '../../../src/features/zaken/zaken.schemas'

import { geheelGetal } from '../validatie'

/** GET /zaken/zaken: ?organisatie=&status=open|gesloten&page=&pageSize= (ZGW's page counts from 1). */
export const LijstParameters = v.object({
  organisatie: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1, 'Kies een organisatie.'), v.maxLength(200, 'Deze organisatie bestaat niet.'))),
  status: v.optional(v.picklist(ZAAK_FILTERS, `Kies status ${ZAAK_FILTERS.join(' of ')}.`)),
  page: v.optional(geheelGetal('page', 1, 1_000_000), '1'),
  pageSize: v.optional(geheelGetal('pageSize', 1, MAX_ZAKEN_PAGINAGROOTTE), String(ZAKEN_PAGINAGROOTTE)),
})

/** GET /zaken/_wijzigingen?sinds=<ISO 8601>, as `nu` of the previous answer. */
export const WijzigingenParameters = v.object({
  sinds: v.pipe(
    v.string('Geef sinds op als tijdstip (ISO 8601).'),
    v.check((waarde) => /^\d{4}-\d{2}-\d{2}T/.test(waarde) && !Number.isNaN(Date.parse(waarde)), 'Geef sinds op als tijdstip (ISO 8601), zoals nu uit het vorige antwoord.'),
    v.transform(Date.parse),
  ),
})

/** A question, an answer or a reactie: 1 to MAX_TEKST_TEKENS characters once the spaces around it are gone. */
export const tekst = (wat: string) =>
  v.pipe(
    v.string(`Schrijf ${wat}.`),
    v.trim(),
    v.minLength(1, `Schrijf ${wat}.`),
    v.maxLength(MAX_TEKST_TEKENS, `Gebruik hoogstens ${MAX_TEKST_TEKENS} tekens.`),
  )
