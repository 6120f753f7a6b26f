import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { useZakenServer, zaakVan } from '../../../../mocks/handlers/zaken/test-server'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole } from '@/test/by-role'
import { zaakActiesMessages } from '../zaak-acties.messages'
import type { Taak } from '../zaken.schemas'
import AntwoordTaak from './AntwoordTaak.vue'

const server = useZakenServer()
afterEach(() => server.events.removeAllListeners())
const VRAAG = 'Hoeveel uur per week werkt u in uw nieuwe baan, en sinds wanneer?'

async function render() {
  const zaak = await zaakVan('WW-uitkering')
  const taak = zaak.taken.find((kandidaat) => kandidaat.soort === 'vraag')
  if (!taak) throw new Error('geen vraag')
  const { global } = await createAppContext({ route: `/zaken/${zaak.uuid}`, messages: [zaakActiesMessages] })
  const wrapper = mount(AntwoordTaak, { props: { zaakId: zaak.uuid, taak }, global, attachTo: document.body })
  const veld = getByRole(document.body, 'textbox', VRAAG)
  const keys: (string | null)[] = []
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && request.url.endsWith('/antwoord')) keys.push(request.headers.get('Idempotency-Key'))
  })
  return {
    wrapper,
    veld,
    keys,
    url: `${window.location.origin}/api/zaken/zaken/${zaak.uuid}/taken/${taak.id}/antwoord`,
    typ: (tekst: string) => new DOMWrapper(veld).setValue(tekst),
    verstuur: () => getByRole(document.body, 'button', 'Antwoord versturen').click(),
  }
}

describe('AntwoordTaak', () => {
  it('sends the answer; the task comes back done', async () => {
    const { wrapper, typ, verstuur, keys } = await render()
    await expectNoAxeViolations(document.body)
    await typ('  32 uur, sinds 1 november.  ')
    verstuur()
    await flushPromises()
    const [[taak] = []] = wrapper.emitted<[Taak]>('afgerond') ?? []
    expect(taak).toMatchObject({ status: 'afgerond', antwoord: '32 uur, sinds 1 november.' })
    expect(keys).toHaveLength(1)
    wrapper.unmount()
  })

  it('refuses an empty answer and one over 2000 characters, inline and in the error summary', async () => {
    const { wrapper, veld, typ, verstuur, keys } = await render()
    verstuur()
    await flushPromises()
    const link = getByRole(document.body, 'link', 'Schrijf uw antwoord.')
    expect(link.getAttribute('href')).toBe(`#${veld.id}`)
    expect(document.activeElement?.contains(link)).toBe(true)
    expect(veld.getAttribute('aria-invalid')).toBe('true')
    await expectNoAxeViolations(document.body)
    await typ('x'.repeat(2001))
    verstuur()
    await flushPromises()
    expect(getByRole(document.body, 'link', 'Uw antwoord is te lang. Gebruik hoogstens 2000 tekens.')).toBeTruthy()
    expect(keys).toHaveLength(0)
    expect(wrapper.emitted('afgerond')).toBeUndefined()
    wrapper.unmount()
  })

  it('sends a double click once, and tries the same answer again with the same key after a failure', async () => {
    const { wrapper, url, typ, verstuur, keys } = await render()
    server.use(http.post(url, () => HttpResponse.json({ title: 'Storing', status: 503 }, { status: 503, headers: { 'Content-Type': 'application/problem+json' } }), { once: true }))
    await typ('32 uur')
    verstuur()
    verstuur()
    await flushPromises()
    expect(keys).toHaveLength(1)
    expect(getByRole(document.body, 'heading', 'Uw antwoord is niet verstuurd')).toBeTruthy()
    await expectNoAxeViolations(document.body)
    getByRole(document.body, 'button', 'Probeer opnieuw').click()
    await flushPromises()
    expect(keys).toEqual([keys[0], keys[0]])
    expect(wrapper.emitted('afgerond')).toHaveLength(1)
    expect(queryAllByRole(document.body, 'heading', 'Uw antwoord is niet verstuurd')).toHaveLength(0)
    wrapper.unmount()
  })
})
