import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import { delay, http, HttpResponse } from 'msw'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { BYTES, useZakenServer, zaakVan } from '../../../../mocks/handlers/zaken/test-server'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole } from '@/test/by-role'
import ReactieForm from './ReactieForm.vue'

const server = useZakenServer()
// The first zaak asked for loads pdf-lib to make its documents: once, before the tests and their 5 s each.
beforeAll(() => zaakVan('WW-uitkering'), 30_000)

/** Fatima's WW-uitkering and the UWV letter asking for loonstroken, with the task that letter brought. */
async function loonstrokenBrief() {
  const zaak = await zaakVan('WW-uitkering')
  const taak = zaak.taken.find((kandidaat) => kandidaat.berichtId !== undefined)
  if (!taak?.berichtId) throw new Error('de WW-uitkering heeft geen taak bij een brief')
  return { zaak, taak, berichtId: taak.berichtId }
}

async function render() {
  const { zaak, taak, berichtId } = await loonstrokenBrief()
  // The form needs no route of its own (the letter's route would load the whole detail view first).
  const { global } = await createAppContext()
  const wrapper = mount(ReactieForm, { props: { zaakUuid: zaak.uuid, berichtId, organisatie: 'UWV' }, global, attachTo: document.body })
  await flushPromises()
  const tekstvak = getByRole(document.body, 'textbox', 'Uw reactie')
  return {
    wrapper,
    zaak,
    taak,
    tekstvak,
    typ: (tekst: string) => new DOMWrapper(tekstvak).setValue(tekst),
    versturen: () => getByRole(document.body, 'button', 'Versturen').click(),
    bestandsvelden: () => [...document.querySelectorAll<HTMLInputElement>('input[type="file"]')],
  }
}

async function kies(input: HTMLInputElement | undefined, bestand: File): Promise<void> {
  if (!input) throw new Error('geen bestandsveld')
  Object.defineProperty(input, 'files', { value: [bestand], configurable: true })
  input.dispatchEvent(new Event('change'))
  await flushPromises()
}

const pdf = (naam = 'loonstrook-mei.pdf') => new File([BYTES.pdf], naam, { type: 'application/pdf' })
const reactiesIn = async (uuid: string) => {
  const zaak = await zaakVan('WW-uitkering')
  expect(zaak.uuid).toBe(uuid)
  return zaak.historie.filter((regel) => regel.soort === 'reactie')
}

describe('ReactieForm', () => {
  it('opens with the focus in the text box; an empty reply is refused with a summary that links to it', async () => {
    const { wrapper, zaak, tekstvak, versturen } = await render()
    expect(document.activeElement).toBe(tekstvak)
    versturen()
    await flushPromises()
    const link = getByRole(document.body, 'link', 'Schrijf uw reactie.')
    expect(link.getAttribute('href')).toBe(`#${tekstvak.id}`)
    expect(tekstvak.getAttribute('aria-invalid')).toBe('true')
    expect(wrapper.emitted('verstuurd')).toBeUndefined()
    expect(await reactiesIn(zaak.uuid)).toEqual([])
    await expectNoAxeViolations(document.body)
  })

  it('sends the text with a PDF: the zaak records the reactie and the letter’s task is done', async () => {
    const { wrapper, zaak, taak, typ, versturen, bestandsvelden } = await render()
    await typ('Hierbij mijn loonstrook van mei.')
    await kies(bestandsvelden()[0], pdf())
    await vi.waitFor(() => expect(document.body.textContent).toContain('Geüpload'))
    // Room for one more file once the first is there.
    expect(bestandsvelden()).toHaveLength(2)
    await expectNoAxeViolations(document.body)
    versturen()
    await flushPromises()
    await vi.waitFor(() => expect(wrapper.emitted('verstuurd')).toHaveLength(1))
    const [reactie] = await reactiesIn(zaak.uuid)
    expect(reactie).toMatchObject({ tekst: 'Hierbij mijn loonstrook van mei.', bijlagen: ['loonstrook-mei.pdf'] })
    expect((await zaakVan('WW-uitkering')).taken.find((kandidaat) => kandidaat.id === taak.id)?.status).toBe('afgerond')
  })

  it('keeps text and files after a failure and says so; the retry sends the same Idempotency-Key', async () => {
    const sleutels: (string | null)[] = []
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/reacties')) sleutels.push(request.headers.get('Idempotency-Key'))
    })
    server.use(http.post('*/api/zaken/zaken/:uuid/reacties', () => HttpResponse.json({ title: 'Storing' }, { status: 503 }), { once: true }))
    const { wrapper, zaak, tekstvak, typ, versturen } = await render()
    await typ('Mijn loonstroken komen later.')
    versturen()
    await flushPromises()
    const melding = getByRole(document.body, 'alert')
    await vi.waitFor(() => expect(melding.textContent).toContain('Uw reactie is niet verstuurd.'))
    expect(melding.textContent).toContain('Wat u schreef en uw bestanden staan er nog.')
    expect((tekstvak as HTMLTextAreaElement).value).toBe('Mijn loonstroken komen later.')
    expect(await reactiesIn(zaak.uuid)).toEqual([])
    await expectNoAxeViolations(document.body)

    versturen()
    await vi.waitFor(() => expect(wrapper.emitted('verstuurd')).toHaveLength(1))
    expect(await reactiesIn(zaak.uuid)).toHaveLength(1)
    expect(sleutels).toHaveLength(2)
    expect(sleutels[0]).toMatch(/^[0-9a-f-]{36}$/)
    expect(sleutels[1]).toBe(sleutels[0])
    server.events.removeAllListeners()
  })

  it('refuses a reply over 2000 characters, and one sent while a file is still on its way', async () => {
    server.use(http.post('*/api/zaken/zaken/:uuid/bestanden', () => delay('infinite')))
    const { wrapper, zaak, typ, versturen, bestandsvelden } = await render()
    await typ('a'.repeat(2001))
    await kies(bestandsvelden()[0], pdf())
    versturen()
    await flushPromises()
    expect(getByRole(document.body, 'link', 'Uw reactie is te lang. Gebruik hoogstens 2000 tekens.')).toBeDefined()
    const wachten = getByRole(document.body, 'link', 'Wacht tot loonstrook-mei.pdf helemaal is geüpload. Of stop het uploaden.')
    expect(wachten.getAttribute('href')).toBe(`#${bestandsvelden()[0]?.id ?? ''}`)
    expect(wrapper.emitted('verstuurd')).toBeUndefined()
    expect(await reactiesIn(zaak.uuid)).toEqual([])
    await expectNoAxeViolations(document.body)
    wrapper.unmount()
  })

  it('a double click sends one reactie', async () => {
    const { wrapper, zaak, typ, versturen } = await render()
    await typ('Zie bijlage.')
    versturen()
    versturen()
    await vi.waitFor(() => expect(wrapper.emitted('verstuurd')).toHaveLength(1))
    await flushPromises()
    expect(await reactiesIn(zaak.uuid)).toHaveLength(1)
  })

  it('refuses a file of the wrong type before it is sent, and "Annuleren" asks to close', async () => {
    const { wrapper, bestandsvelden } = await render()
    await kies(bestandsvelden()[0], new File([BYTES.exe], 'loonstrook.exe', { type: 'application/x-msdownload' }))
    expect(document.body.textContent).toContain('Kies een bestand van het type PDF, JPG, JPEG of PNG.')
    expect(queryAllByRole(document.body, 'progressbar')).toEqual([])
    getByRole(document.body, 'button', 'Annuleren').click()
    expect(wrapper.emitted('annuleer')).toHaveLength(1)
    await expectNoAxeViolations(document.body)
  })
})
