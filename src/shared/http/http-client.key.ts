import { inject, type InjectionKey } from 'vue'
import type { HttpClient } from './http-client'

/** The app's one HTTP client, provided at start-up; feature API clients inject it. */
export const HTTP_CLIENT: InjectionKey<HttpClient> = Symbol('HttpClient')

export function useHttpClient(): HttpClient {
  const client = inject(HTTP_CLIENT)
  if (!client) throw new Error('HttpClient is niet geregistreerd (HTTP_CLIENT).')
  return client
}
