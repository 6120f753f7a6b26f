import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, provide } from 'vue'
import { BYTES, useZakenServer, zaakVan } from '../../../../mocks/handlers/zaken/test-server'
import { dutchDay } from '@/shared/format/format'
import { HTTP_CLIENT } from '@/shared/http/http-client.key'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole } from '@/test/by-role'
import { zaakActiesMessages } from '../zaak-acties.messages'
import type { Zaak } from '../zaken.schemas'
import ZaakTaken from './ZaakTaken.vue'
import { bestand, kiesBestand, uploadClient } from './zaak-acties.test-helpers'

useZakenServer()

/** ZaakTaken inside a host that gives it an HTTP client whose uploads reach the mock (see the helpers). */
async function render(zaak: Zaak) {
  const { global } = await createAppContext({ route: `/zaken/${zaak.uuid}`, messages: [zaakActiesMessages] })
  const { client } = uploadClient()
  const bijgewerkt = vi.fn()
  const Host = defineComponent({
    setup() {
      provide(HTTP_CLIENT, client)
      return () => h(ZaakTaken, { zaak, onBijgewerkt: bijgewerkt })
    },
  })
  const wrapper = mount(Host, { global, attachTo: document.body })
  return { wrapper, bijgewerkt }
}

const titels = () => queryAllByRole(document.body, 'heading').map((kop) => kop.textContent?.trim())
const vandaagPlus = (dagen: number) => dutchDay(new Date(Date.now() + dagen * 86_400_000))
// The task list's own live region (each upload field has one too).
const status = () => document.querySelector('.zaak-taken__melding[role="status"]')?.textContent?.trim()

describe('ZaakTaken', () => {
  it('lists the open tasks first, soonest deadline first, with "vóór <datum>"; a passed deadline is marked', async () => {
    const ww = await zaakVan('WW-uitkering')
    const [vraag, upload] = [ww.taken.find((taak) => taak.soort === 'vraag'), ww.taken.find((taak) => taak.soort === 'upload')]
    if (!vraag || !upload) throw new Error('taken ontbreken')
    const zaak: Zaak = { ...ww, taken: [{ ...upload, deadline: vandaagPlus(-2) }, vraag] }
    const { wrapper } = await render(zaak)
    const [, eerste, tweede] = titels()
    expect(eerste).toMatch(/^Stuur uw loonstroken en arbeidscontract vóór \d{1,2} \w+ \d{4}$/)
    expect(tweede).toMatch(/^Beantwoord een vraag over uw nieuwe werk vóór \d{1,2} \w+ \d{4}$/)
    const items = document.querySelectorAll('.zaak-taken__taak')
    expect(items[0]?.textContent).toContain('De datum is voorbij. Doe het zo snel mogelijk.')
    expect(items[1]?.textContent).not.toContain('De datum is voorbij')
    expect(getByRole(document.body, 'link', 'Lees de brief die hierbij hoort').getAttribute('href')).toMatch(/^\/berichten\//)
    expect(getByRole(document.body, 'textbox', 'Hoeveel uur per week werkt u in uw nieuwe baan, en sinds wanneer?')).toBeTruthy()
    await expectNoAxeViolations(document.body)
    wrapper.unmount()
  })

  it('says when there is nothing to do', async () => {
    const { wrapper } = await render(await zaakVan('Bezwaar'))
    expect(document.body.textContent).toContain('U hoeft op dit moment niets te doen voor deze zaak.')
    await expectNoAxeViolations(document.body)
    wrapper.unmount()
  })

  it('an answer sent shows the task as done at once, with the date and the answer, and asks for a reload', async () => {
    const { wrapper, bijgewerkt } = await render(await zaakVan('WW-uitkering'))
    const veld = getByRole(document.body, 'textbox', 'Hoeveel uur per week werkt u in uw nieuwe baan, en sinds wanneer?')
    await new DOMWrapper(veld).setValue('24 uur, sinds 1 december.')
    getByRole(document.body, 'button', 'Antwoord versturen').click()
    await vi.waitFor(() => expect(bijgewerkt).toHaveBeenCalledOnce())
    await flushPromises()
    expect(status()).toBe('Gelukt. U heeft de taak gedaan: Beantwoord een vraag over uw nieuwe werk.')
    expect(getByRole(document.body, 'heading', 'Gedaan')).toBeTruthy()
    const gedaan = document.querySelector('.zaak-taken__taak--gedaan')
    expect(gedaan?.textContent).toMatch(/Gedaan op \d{1,2} \w+ \d{4}\./)
    expect(gedaan?.textContent).toContain('Uw antwoord: 24 uur, sinds 1 december.')
    expect(document.activeElement).toBe(gedaan)
    expect(queryAllByRole(document.body, 'textbox')).toHaveLength(0)
    await expectNoAxeViolations(document.body)
    wrapper.unmount()
  })

  it('an uploaded file marks the task done', async () => {
    const { wrapper, bijgewerkt } = await render(await zaakVan('Parkeervergunning'))
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')
    if (!input) throw new Error('geen bestandsveld')
    await kiesBestand(input, bestand('huurcontract.pdf', BYTES.pdf))
    await vi.waitFor(() => expect(bijgewerkt).toHaveBeenCalledOnce())
    await flushPromises()
    expect(status()).toBe('Gelukt. U heeft de taak gedaan: Stuur een kopie van uw huurcontract.')
    expect(document.querySelector('.zaak-taken__taak--gedaan')?.textContent).toContain('Stuur een kopie van uw huurcontract')
    expect(document.body.textContent).toContain('U hoeft op dit moment niets te doen voor deze zaak.')
    expect((await zaakVan('Parkeervergunning')).taken[0]?.status).toBe('afgerond')
    wrapper.unmount()
  })
})
