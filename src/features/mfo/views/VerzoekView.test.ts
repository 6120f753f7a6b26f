import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { ingediend } from '../../../../mocks/handlers/mfo/test-server'
import { backend } from '../../../../mocks/state/backend'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole } from '@/test/by-role'
import { mfoContext, useMfoServer } from '../mfo.test-context'
import VerzoekView from './VerzoekView.vue'

useMfoServer()
const body = () => document.body
async function render(id: string) {
  const { global } = await mfoContext(`/correctieverzoeken/${id}`)
  const wrapper = mount(VerzoekView, { props: { id }, global, attachTo: document.body })
  await flushPromises()
  return { wrapper }
}

describe('VerzoekView', () => {
  it('right after sending: the reference number, what happens next and the way to the zaak', async () => {
    const verzoek = await ingediend()
    window.history.replaceState({ verstuurd: true }, '')
    const { wrapper } = await render(verzoek.id)
    expect(getByRole(body(), 'heading', 'Uw verzoek is verstuurd')).toBeDefined()
    expect(body().textContent).toContain(verzoek.referentie)
    expect(getByRole(body(), 'link', `Volg uw verzoek bij Lopende zaken (${verzoek.zaak.identificatie})`).getAttribute('href')).toBe(`/zaken/${verzoek.zaak.uuid}`)
    // A request still running cannot be reopened.
    expect(queryAllByRole(body(), 'button', 'Verzoek opnieuw laten bekijken')).toEqual([])
    await expectNoAxeViolations(body())
    wrapper.unmount()
    window.history.replaceState(null, '')
  })

  it('after the outcome she can have it looked at again, with a reason; the zaak runs again', async () => {
    const verzoek = await ingediend()
    const gevonden = backend.zaken.vindOveral(verzoek.zaak.uuid)
    if (!gevonden) return expect.fail('the request has its zaak')
    backend.zaken.zetStatus(gevonden.bsn, gevonden.zaak, gevonden.zaak.zaaktype.stappen.length - 1, 'gecorrigeerd')
    const { wrapper } = await render(verzoek.id)
    expect(body().textContent).toContain('Afgerond: het gegeven is aangepast')
    getByRole(body(), 'button', 'Verzoek opnieuw laten bekijken').click()
    await flushPromises()
    expect(document.activeElement?.textContent).toContain('Leg uit waarom u het niet eens bent met de uitkomst.')
    await new DOMWrapper(getByRole(body(), 'textbox', 'Waarom bent u het niet eens met de uitkomst?')).setValue('De naam is nog steeds anders geschreven.')
    getByRole(body(), 'button', 'Verzoek opnieuw laten bekijken').click()
    await vi.waitFor(() => expect(getByRole(body(), 'status', /wordt opnieuw bekeken/)).toBeDefined())
    await vi.waitFor(() => expect(body().textContent).toMatch(/Status\s*In behandeling/))
    expect(backend.mfo.lijst('999990019')[0]?.heropeningen).toHaveLength(1)
    await expectNoAxeViolations(body())
    wrapper.unmount()
  })
})
