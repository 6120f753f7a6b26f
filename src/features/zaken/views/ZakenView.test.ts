import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { useZakenServer } from '../../../../mocks/handlers/zaken/test-server'
import { createAppContext, type TestPersoon } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import ZakenView from './ZakenView.vue'

useZakenServer()

async function render(route = '/zaken', persoon: TestPersoon = 'fatima') {
  const context = await createAppContext({ route, persoon })
  const wrapper = mount(ZakenView, { global: context.global, attachTo: document.body })
  await flushPromises()
  return { ...context, wrapper }
}
const titels = () => [...document.querySelectorAll('ol > li h3')].map((kop) => kop.textContent?.trim())

describe('ZakenView', () => {
  it('lists Fatima’s open and closed zaken over all organisations, with a count', async () => {
    await render()
    expect(document.querySelector('h2')?.textContent).toMatch(/^\d+ zaken$/)
    expect(titels()).toEqual(expect.arrayContaining([expect.stringMatching(/^Parkeervergunning/), 'WW-uitkering', expect.stringMatching(/^Bezwaar tegen aanslag/)]))
    expect(document.body.textContent).toContain('Afgerond')
    await expectNoAxeViolations(document.body)
  })

  it('filters by organisation and state through the URL, and moves focus to the result', async () => {
    const { router, wrapper } = await render()
    await wrapper.findAll('select')[0]?.setValue('UWV')
    await wrapper.findAll('select')[1]?.setValue('open')
    await wrapper.get('form').trigger('submit')
    // The press is painted before the list changes.
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ organisatie: 'UWV', status: 'open' }))
    await flushPromises()
    expect(titels()).toEqual(['WW-uitkering'])
    expect(document.activeElement?.textContent).toBe('1 zaak')
    await expectNoAxeViolations(document.body)
  })

  it('pages through Kees’s 200 zaken', async () => {
    await render('/zaken?pagina=2', 'kees')
    expect(document.querySelector('h2')?.textContent).toBe('200 zaken, pagina 2 van 10')
    expect(titels()).toHaveLength(20)
    expect(getByRole(document.body, 'navigation', 'Pagina’s met zaken')).toBeDefined()
  })

  it('explains to Noor what will appear here', async () => {
    await render('/zaken', 'noor')
    expect(getByRole(document.body, 'heading', 'U heeft nog geen zaken')).toBeDefined()
    expect(document.body.textContent).toContain('Dan ziet u die zaak hier.')
    await expectNoAxeViolations(document.body)
  })
})
