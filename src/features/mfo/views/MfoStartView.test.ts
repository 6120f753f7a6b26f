import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import { leesConcept, wisConcept } from '../correctie-concept'
import { mfoContext, useMfoServer } from '../mfo.test-context'
import MfoStartView from './MfoStartView.vue'

useMfoServer()
afterEach(() => wisConcept())

const body = () => document.body
async function render(route: string) {
  const { global, router } = await mfoContext(route)
  const wrapper = mount(MfoStartView, { global, attachTo: document.body })
  await flushPromises()
  return { router, wrapper }
}
const klik = async (naam: string) => {
  getByRole(body(), 'button', naam).click()
  await flushPromises()
}

describe('MfoStartView', () => {
  it('explains the way (first the organisation, then the Meldpunt) and has the value from "Klopt dit niet?" chosen', async () => {
    window.history.replaceState({ mfoBurgerservicenummer: '999990147' }, '')
    const { router, wrapper } = await render('/correctieverzoek?registratie=brp&gegeven=geslachtsnaam&wie=kind')
    expect(getByRole(body(), 'heading', '1. Eerst naar de organisatie die het gegeven bijhoudt')).toBeDefined()
    const yusuf = getByRole(body(), 'radio', /^Achternaam van Yusuf El Amarni/) as HTMLInputElement
    expect(yusuf.checked).toBe(true)
    await expectNoAxeViolations(body())
    await klik('Begin uw verzoek')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('mfo-gegeven'))
    expect(leesConcept('999990019')?.gegeven).toMatchObject({ waarde: 'El Amarni', bronhouder: 'Gemeente Utrecht', burgerservicenummer: '999990147' })
    wrapper.unmount()
  })

  it('lets her choose the registration and the value herself, and says what is missing', async () => {
    window.history.replaceState(null, '')
    document.title = 'Een fout in uw gegevens laten aanpassen'
    const { wrapper } = await render('/correctieverzoek')
    await klik('Begin uw verzoek')
    expect(document.activeElement?.textContent).toContain('Kies in welke registratie de fout staat.')
    await vi.waitFor(() => expect(document.title).toMatch(/^Fout: /))
    await new DOMWrapper(getByRole(body(), 'combobox', 'Waar staat de fout?')).setValue('rdw|RDW')
    await klik('Begin uw verzoek')
    expect(document.activeElement?.textContent).toContain('Kies welk gegeven niet klopt.')
    expect(getByRole(body(), 'group', /^Wat klopt er niet in de Basisregistratie Voertuigen/)).toBeDefined()
    await expectNoAxeViolations(body())
    wrapper.unmount()
  })
})
