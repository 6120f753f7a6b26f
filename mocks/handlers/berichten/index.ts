import type { ApiDomain } from '../domain'
import { berichtHandlers } from './bericht'
import { bijlageHandlers } from './bijlage'
import { instellingenHandlers } from './instellingen'
import { lijstHandlers } from './lijst'
import { createBerichtenMockRouter } from './mock-router'

/**
 * Berichtenbox API under /api/berichten (settings: /api/berichtenbox/instellingen), shaped after the federated Berichtenbox spec
 * (../shared/specs/fbs-berichtenuitvraag.openapi.yaml): BerichtenLijst, BerichtSamenvatting,
 * Bericht, BijlageMetadata, HAL links, JSON Merge Patch, problem+json.
 *
 * Fields the portal needs that the PoC spec lacks (camelCase, in summaries and in the detail):
 * - `type`: one of BERICHT_TYPES (src/features/berichten/berichten.schemas.ts)
 * - `actie?`: `{ omschrijving, deadline }`: what the person must do and the last day (yyyy-mm-dd);
 *   the app writes "vóór <deadline>" itself
 * - `bewaartermijn`: the last day (yyyy-mm-dd) the bericht is kept; after it, it is gone everywhere
 * - `verplaatstNaarPrullenbakOp?`: when it went into the trash; 30 days later it is gone
 * Also not in the spec: `map` and filter parameters on GET /berichten, GET /berichten/_aantallen,
 * and /instellingen. The X-Ontvanger header is not used: the mailbox follows from the token.
 *
 * Order matters: "_zoeken" and "_aantallen" must match before ":berichtId".
 */
export const berichtenboxHandlers = [...lijstHandlers, ...bijlageHandlers, ...berichtHandlers, ...instellingenHandlers]

/** The Berichtenbox: its API, and /__mock/berichten for tests (a letter arrives, the e-mailed code). */
export const berichtenboxDomain: ApiDomain = {
  handlers: berichtenboxHandlers,
  mock: { path: '/berichten', router: createBerichtenMockRouter },
}
