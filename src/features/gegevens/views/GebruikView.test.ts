import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { useGegevensServer } from '../../../../mocks/handlers/gegevens/test-server'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import GebruikView from './GebruikView.vue'

useGegevensServer()

async function render(route = '/gegevens/gebruik') {
  const context = await createAppContext({ route })
  const wrapper = mount(GebruikView, { global: context.global, attachTo: document.body })
  await flushPromises()
  return { ...context, wrapper }
}

const items = () => [...document.querySelectorAll('main ol > li, ol > li')]
const organisatiesOpPagina = () => items().map((item) => item.querySelector('h3')?.textContent)

describe('GebruikView', () => {
  it('lists who used the data, newest first, with a count and pages', async () => {
    await render()
    const kop = document.querySelector('h2')?.textContent ?? ''
    expect(kop).toMatch(/^\d+ keer gebruikt, pagina 1 van \d+$/)
    expect(items()).toHaveLength(20)
    expect(getByRole(document.body, 'navigation', 'Paginering gebruik van gegevens')).toBeDefined()
    await expectNoAxeViolations(document.body)
  })

  it('filters by organisation through the URL, and moves focus to the result', async () => {
    const { router, wrapper } = await render()
    await wrapper.get('select').setValue('Belastingdienst')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ organisatie: 'Belastingdienst' })
    await flushPromises()
    expect(new Set(organisatiesOpPagina())).toEqual(new Set(['Belastingdienst']))
    expect(document.activeElement?.tagName).toBe('H2')
    expect(document.activeElement?.textContent).toMatch(/keer gebruikt/)
    await expectNoAxeViolations(document.body)
  })

  it('says so when nothing was done with the data in the period', async () => {
    await render('/gegevens/gebruik?organisatie=Bestaat+Niet&periode=maand')
    expect(document.querySelector('h2')?.textContent).toBe('Geen gebruik gevonden')
    expect(document.body.textContent).toContain('Met dit filter is niets gevonden.')
    await expectNoAxeViolations(document.body)
  })
})
