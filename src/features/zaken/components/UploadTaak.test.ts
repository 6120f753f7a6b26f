import { flushPromises, mount } from '@vue/test-utils'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, provide } from 'vue'
import { BYTES, useZakenServer, zaakVan } from '../../../../mocks/handlers/zaken/test-server'
import { HTTP_CLIENT } from '@/shared/http/http-client.key'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { descriptionOf, getByRole, queryAllByRole } from '@/test/by-role'
import { zaakActiesMessages } from '../zaak-acties.messages'
import { MAX_BESTAND_BYTES, type Taak } from '../zaken.schemas'
import UploadTaak from './UploadTaak.vue'
import { bestand, kiesBestand, uploadClient } from './zaak-acties.test-helpers'

const server = useZakenServer()

async function render() {
  const zaak = await zaakVan('Parkeervergunning')
  const [taak] = zaak.taken
  if (!taak) throw new Error('geen taak')
  const { global } = await createAppContext({ route: `/zaken/${zaak.uuid}`, messages: [zaakActiesMessages] })
  const { client, uploads } = uploadClient()
  const afgerond = vi.fn<(taak: Taak) => void>()
  const verouderd = vi.fn()
  const Host = defineComponent({
    setup() {
      provide(HTTP_CLIENT, client)
      return () => h(UploadTaak, { zaakId: zaak.uuid, taak, onAfgerond: afgerond, onVerouderd: verouderd })
    },
  })
  const wrapper = mount(Host, { global, attachTo: document.body })
  const pad = `/api/zaken/zaken/${zaak.uuid}/taken/${taak.id}/bestanden`
  const input = document.getElementById(`taak-${taak.id}-bestand`)
  if (!input) throw new Error('geen bestandsveld')
  return { wrapper, input, uploads, afgerond, verouderd, pad, origin: window.location.origin }
}

const sleutels = (uploads: ReturnType<typeof uploadClient>['uploads']) => uploads.made.map((request) => request.headers['idempotency-key'])
const opnieuw = () => queryAllByRole(document.body, 'button', 'Probeer opnieuw')

describe('UploadTaak', () => {
  it('sends a PDF with a visible progress bar; the task is done', async () => {
    const { wrapper, input, uploads, afgerond } = await render()
    expect(descriptionOf(input)).toContain('PDF, JPG, JPEG of PNG')
    await expectNoAxeViolations(document.body)
    await kiesBestand(input, bestand('huurcontract.pdf', BYTES.pdf))
    await vi.waitFor(() => expect(getByRole(document.body, 'progressbar', 'Voortgang van het uploaden').getAttribute('value')).toBe('0.5'))
    expect(document.body.textContent).toContain('50% geüpload')
    await expectNoAxeViolations(document.body)
    await flushPromises()
    await vi.waitFor(() => expect(afgerond).toHaveBeenCalledOnce())
    expect(afgerond.mock.calls[0]?.[0]).toMatchObject({ status: 'afgerond', afgerondOp: expect.any(String) })
    expect(uploads.made).toHaveLength(1)
    wrapper.unmount()
  })

  it('refuses a wrong type and a file that is too large before sending anything', async () => {
    const { wrapper, input, uploads } = await render()
    await kiesBestand(input, bestand('programma.exe', BYTES.exe, 'application/x-msdownload'))
    expect(document.body.textContent).toContain('Dit soort bestand kunt u niet uploaden. Kies een bestand van het type PDF, JPG, JPEG of PNG.')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    await expectNoAxeViolations(document.body)
    await kiesBestand(input, bestand('scan.pdf', MAX_BESTAND_BYTES + 1))
    expect(document.body.textContent).toContain('Het bestand is te groot.')
    await flushPromises()
    expect(uploads.made).toHaveLength(0)
    expect(opnieuw()).toHaveLength(0)
    wrapper.unmount()
  })

  it('says so clearly when the service finds a renamed .exe (415); trying the same file again is not offered', async () => {
    const { wrapper, input, afgerond } = await render()
    await kiesBestand(input, bestand('huurcontract.pdf', BYTES.exe))
    await vi.waitFor(() => expect(descriptionOf(input)).toContain('We kunnen dit bestand niet aannemen. Het is geen echt bestand van het type PDF, JPG, JPEG of PNG'))
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(document.body.querySelector('[aria-live="polite"]')?.textContent).toContain('We kunnen dit bestand niet aannemen.')
    expect(opnieuw()).toHaveLength(0)
    expect(afgerond).not.toHaveBeenCalled()
    await expectNoAxeViolations(document.body)
    // A next choice the browser refuses gets its own reason, not the one of the file before.
    await kiesBestand(input, bestand('brief.docx', 20, 'application/msword'))
    expect(descriptionOf(input)).toContain('Dit soort bestand kunt u niet uploaden.')
    expect(descriptionOf(input)).not.toContain('We kunnen dit bestand niet aannemen.')
    wrapper.unmount()
  })

  it('says how large a file may be when the service refuses it as too large (413)', async () => {
    const { wrapper, input, pad, origin } = await render()
    server.use(
      http.post(`${origin}${pad}`, () =>
        HttpResponse.json({ title: 'Bestand te groot', status: 413, code: 'bestand-te-groot' }, { status: 413, headers: { 'Content-Type': 'application/problem+json' } }),
      ),
    )
    await kiesBestand(input, bestand('huurcontract.pdf', BYTES.pdf))
    await vi.waitFor(() => expect(descriptionOf(input)).toContain('Dit bestand is te groot. Het mag hoogstens 10 MB zijn.'))
    expect(opnieuw()).toHaveLength(0)
    wrapper.unmount()
  })

  it('after a dropped connection, "Probeer opnieuw" sends the same file with the same Idempotency-Key', async () => {
    const { wrapper, input, uploads, afgerond, pad, origin } = await render()
    server.use(http.post(`${origin}${pad}`, () => HttpResponse.error(), { once: true }))
    await kiesBestand(input, bestand('huurcontract.pdf', BYTES.pdf))
    await vi.waitFor(() => expect(opnieuw()).toHaveLength(1))
    expect(descriptionOf(input)).toContain('De verbinding viel weg. Uw bestand is niet verstuurd.')
    await expectNoAxeViolations(document.body)
    opnieuw()[0]?.click()
    await vi.waitFor(() => expect(afgerond).toHaveBeenCalledOnce())
    expect(document.activeElement).toBe(input)
    expect(uploads.made).toHaveLength(2)
    const [eerste, tweede] = sleutels(uploads)
    expect(eerste).toMatch(/^[0-9a-f-]{36}$/)
    expect(tweede).toBe(eerste)
    const verstuurd = uploads.made.map((request) => (request.sent instanceof FormData ? request.sent.get('bestand') : null))
    expect(verstuurd.map((waarde) => (waarde instanceof File ? waarde.name : null))).toEqual(['huurcontract.pdf', 'huurcontract.pdf'])
    wrapper.unmount()
  })

  it('offers a retry after a service error (503) too, and a new file gets a new key', async () => {
    const { wrapper, input, uploads, pad, origin } = await render()
    server.use(
      http.post(`${origin}${pad}`, () => HttpResponse.json({ title: 'Storing', status: 503 }, { status: 503, headers: { 'Content-Type': 'application/problem+json' } }), {
        once: true,
      }),
    )
    await kiesBestand(input, bestand('huurcontract.pdf', BYTES.pdf))
    await vi.waitFor(() => expect(opnieuw()).toHaveLength(1))
    expect(descriptionOf(input)).toContain('Er ging iets mis bij de organisatie.')
    await kiesBestand(input, bestand('ander-contract.png', BYTES.png, 'image/png'))
    await vi.waitFor(() => expect(uploads.made).toHaveLength(2))
    const [eerste, tweede] = sleutels(uploads)
    expect(tweede).not.toBe(eerste)
    wrapper.unmount()
  })

  it('stops the upload on "Uploaden stoppen" without an error', async () => {
    const { wrapper, input, afgerond } = await render()
    await kiesBestand(input, bestand('huurcontract.pdf', BYTES.pdf))
    getByRole(document.body, 'button', 'Uploaden stoppen').click()
    await flushPromises()
    expect(getByRole(document.body, 'status').textContent).toContain('Het uploaden van huurcontract.pdf is gestopt.')
    expect(input.getAttribute('aria-invalid')).toBeNull()
    expect(opnieuw()).toHaveLength(0)
    expect(afgerond).not.toHaveBeenCalled()
    wrapper.unmount()
  })
})
