import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { useZakenServer, zaakVan } from '../../../../mocks/handlers/zaken/test-server'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole } from '@/test/by-role'
import { zaakActiesMessages } from '../zaak-acties.messages'
import type { VraagRegel } from '../zaken.schemas'
import VraagStellen from './VraagStellen.vue'

const server = useZakenServer()
afterEach(() => server.events.removeAllListeners())

async function render() {
  const zaak = await zaakVan('Bezwaar')
  const { global } = await createAppContext({ route: `/zaken/${zaak.uuid}`, messages: [zaakActiesMessages] })
  const wrapper = mount(VraagStellen, { props: { zaak }, global, attachTo: document.body })
  const veld = getByRole(document.body, 'textbox', 'Uw vraag')
  const keys: (string | null)[] = []
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && request.url.endsWith('/vragen')) keys.push(request.headers.get('Idempotency-Key'))
  })
  const vragenInHistorie = async () => (await zaakVan('Bezwaar')).historie.filter((regel) => regel.soort === 'vraag')
  return {
    wrapper,
    veld,
    keys,
    vragenInHistorie,
    url: `${window.location.origin}/api/zaken/zaken/${zaak.uuid}/vragen`,
    typ: (tekst: string) => new DOMWrapper(veld).setValue(tekst),
    verstuur: () => getByRole(document.body, 'button', 'Versturen').click(),
  }
}

const status = () => getByRole(document.body.querySelector('.vraag-stellen') ?? document.body, 'status').textContent?.trim()

describe('VraagStellen', () => {
  it('sends the question, says so, and hands the new history line to the detail view', async () => {
    const { wrapper, veld, typ, verstuur, vragenInHistorie } = await render()
    expect(getByRole(document.body, 'heading', 'Een vraag stellen over deze zaak')).toBeTruthy()
    expect(status()).toBe('')
    await expectNoAxeViolations(document.body)
    const voor = (await vragenInHistorie()).length
    await typ('Kan ik mijn bezwaar nog aanvullen?')
    verstuur()
    await flushPromises()
    expect(status()).toBe('Uw vraag is verstuurd. U ziet het antwoord bij de geschiedenis van deze zaak.')
    const [[vraag] = []] = wrapper.emitted<[VraagRegel]>('gesteld') ?? []
    expect(vraag).toMatchObject({ soort: 'vraag', tekst: 'Kan ik mijn bezwaar nog aanvullen?', id: expect.any(String) })
    expect(veld).toHaveProperty('value', '')
    expect(await vragenInHistorie()).toHaveLength(voor + 1)
    await expectNoAxeViolations(document.body)
    wrapper.unmount()
  })

  it('refuses 0 characters and 5000 characters inline, and sends nothing', async () => {
    const { wrapper, veld, typ, verstuur, keys } = await render()
    await typ('   ')
    verstuur()
    await flushPromises()
    expect(getByRole(document.body, 'link', 'Schrijf uw vraag.').getAttribute('href')).toBe(`#${veld.id}`)
    expect(veld.getAttribute('aria-invalid')).toBe('true')
    expect(document.body.textContent).toContain('Schrijf uw vraag.')
    await expectNoAxeViolations(document.body)
    await typ('a'.repeat(5000))
    verstuur()
    await flushPromises()
    expect(getByRole(document.body, 'link', 'Uw vraag is te lang. Gebruik hoogstens 2000 tekens.')).toBeTruthy()
    expect(document.body.textContent).toContain('U heeft 3000 tekens te veel')
    expect(keys).toHaveLength(0)
    expect(wrapper.emitted('gesteld')).toBeUndefined()
    await expectNoAxeViolations(document.body)
    wrapper.unmount()
  })

  it('sends one question for a double click on "Versturen"', async () => {
    const { wrapper, typ, verstuur, keys, vragenInHistorie } = await render()
    const voor = (await vragenInHistorie()).length
    await typ('Wanneer beslist u?')
    verstuur()
    verstuur()
    await flushPromises()
    expect(keys).toHaveLength(1)
    expect(wrapper.emitted('gesteld')).toHaveLength(1)
    expect(await vragenInHistorie()).toHaveLength(voor + 1)
    wrapper.unmount()
  })

  it('keeps the text after a failure and tries it again with the same Idempotency-Key', async () => {
    const { wrapper, veld, url, typ, verstuur, keys } = await render()
    server.use(http.post(url, () => HttpResponse.error(), { once: true }))
    await typ('Wanneer beslist u?')
    verstuur()
    await flushPromises()
    expect(getByRole(document.body, 'heading', 'Uw vraag is niet verstuurd')).toBeTruthy()
    expect(veld).toHaveProperty('value', 'Wanneer beslist u?')
    await expectNoAxeViolations(document.body)
    getByRole(document.body, 'button', 'Probeer opnieuw').click()
    await flushPromises()
    expect(keys).toEqual([keys[0], keys[0]])
    expect(wrapper.emitted('gesteld')).toHaveLength(1)
    expect(queryAllByRole(document.body, 'heading', 'Uw vraag is niet verstuurd')).toHaveLength(0)
    wrapper.unmount()
  })
})
