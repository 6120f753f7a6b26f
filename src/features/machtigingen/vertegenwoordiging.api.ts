import type { HttpClient } from '@/shared/http'
import { vertegenwoordigingSchema, type Vertegenwoordiging } from './machtigingen.schemas'

/** For whom this login acts now and what it may do: the banner reads it on every page, and again after a refusal. */
export function fetchHuidigeVertegenwoordiging(http: HttpClient, signal?: AbortSignal): Promise<Vertegenwoordiging> {
  return http.get('/machtigingen/_huidige', vertegenwoordigingSchema, { signal, retry: true })
}
