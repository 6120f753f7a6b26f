import { DOMWrapper } from '@vue/test-utils'
import { nextTick } from 'vue'
import { createHttpClient } from '@/shared/http'
import { fetchingUploadRequests } from '@/shared/http/fake-upload-request'
import { testProof } from '@/test/dpop'

/**
 * For the tests of the zaak actions: the app's HTTP client as Fatima, with uploads through a fake
 * XMLHttpRequest that sends with fetch, so msw/node and the zaken mock answer them (happy-dom's XHR gives no
 * upload progress). Provide `client` as HTTP_CLIENT inside the component (the app context provides its own).
 */
export function uploadClient() {
  const uploads = fetchingUploadRequests()
  const client = createHttpClient({
    baseUrl: `${window.location.origin}/api`,
    getAccessToken: async () => 'fatima', proveKey: testProof,
    createUploadRequest: uploads.create,
    sleep: async () => undefined,
  })
  return { client, uploads }
}

/** Chooses a file in a file input, as the picker does. */
export async function kiesBestand(input: HTMLElement, bestand: File): Promise<void> {
  Object.defineProperty(input, 'files', { value: [bestand], configurable: true })
  await new DOMWrapper(input).trigger('change')
  await nextTick()
}

export const bestand = (naam: string, bytes: Uint8Array | number, type = 'application/pdf') =>
  new File([typeof bytes === 'number' ? new Uint8Array(bytes) : Uint8Array.from(bytes)], naam, { type })
