import * as v from 'valibot'
import type { HttpClient } from '@/shared/http'

/**
 * The unread count is on every page (navigation, overview), so it has its own tiny client:
 * the rest of the Berichtenbox stays out of the first load.
 */
export const aantallenSchema = v.object({
  ongelezen: v.number(),
  perMap: v.object({ postvak: v.number(), archief: v.number(), prullenbak: v.number() }),
})

export type Aantallen = v.InferOutput<typeof aantallenSchema>

export const haalAantallen = (http: HttpClient) => http.get('/berichten/_aantallen', aantallenSchema)
