import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { useBerichtenServer } from '../../../../mocks/handlers/berichten/test-server'
import { createAppContext, type TestPersoon } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole, textOf } from '@/test/by-role'
import { useBerichtenAantallenStore } from '../berichten.store'
import BerichtenView from './BerichtenView.vue'

useBerichtenServer()

async function render(route: string, persoon: TestPersoon = 'fatima') {
  const context = await createAppContext({ route, persoon })
  const wrapper = mount(BerichtenView, { global: context.global, attachTo: document.body })
  // The shell keeps the counts fresh (the navigation badge); here the view stands alone.
  await useBerichtenAantallenStore(context.pinia).ververs()
  await flushPromises()
  return { wrapper, router: context.router }
}

const rijen = () => queryAllByRole(getByRole(document.body, 'list', 'Postvak IN'), 'listitem')

describe('BerichtenView', () => {
  it('shows Postvak IN as a named list of letters, each linking to the letter', async () => {
    await render('/berichten')
    expect(getByRole(document.body, 'heading', 'Berichten')).toBeDefined()
    expect(getByRole(document.body, 'heading', 'Postvak IN')).toBeDefined()
    expect(rijen().length).toBeGreaterThan(0)
    for (const rij of rijen()) expect(queryAllByRole(rij, 'link')[0]?.getAttribute('href')).toMatch(/^\/berichten\/[\w-]+$/)
    await expectNoAxeViolations(document.body)
  })

  it('searches from the form: the question goes into the URL and the count is said', async () => {
    const { router } = await render('/berichten')
    await new DOMWrapper(getByRole(document.body, 'searchbox', 'Zoeken in berichten')).setValue('aanslag')
    getByRole(document.body, 'button', 'Zoeken').click()
    await vi.waitFor(() => expect(router.currentRoute.value.query.zoek).toBe('aanslag'))
    await flushPromises()
    expect(getByRole(document.body, 'heading', /^Resultaten voor .aanslag.$/)).toBeDefined()
    await vi.waitFor(() => expect(queryAllByRole(document.body, 'status').map(textOf).join(' ')).toMatch(/\d.*aanslag/))
    await expectNoAxeViolations(document.body)
  })

  it('explains the Berichtenbox to someone who has no post at all', async () => {
    await render('/berichten', 'noor')
    expect(getByRole(document.body, 'heading', 'U heeft nog geen berichten')).toBeDefined()
    expect(queryAllByRole(document.body, 'list', 'Postvak IN')).toEqual([])
    await expectNoAxeViolations(document.body)
  })
})
