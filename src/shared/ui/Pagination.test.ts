import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole, textOf } from '@/test/by-role'
import { createTestI18n } from '@/test/i18n'
import Pagination from './Pagination.vue'

const toPage = (page: number) => ({ name: 'lijst', query: page > 1 ? { pagina: String(page) } : {} })

async function render(props: { page: number; totalPages?: number | null; hasNext?: boolean }) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/lijst', name: 'lijst', component: { template: '<p />' } }] })
  await router.push(toPage(props.page))
  const wrapper = mount(Pagination, {
    props: { label: 'Paginering', to: toPage, ...props },
    global: { plugins: [createTestI18n(), router] },
    attachTo: document.body,
  })
  return { wrapper, router }
}

const nav = () => getByRole(document.body, 'navigation', 'Paginering')
const current = () => queryAllByRole(document.body, 'link').filter((link) => link.hasAttribute('aria-current'))

describe('Pagination', () => {
  it('with a total: where you are, numbered pages, and only the current page marked current', async () => {
    const { wrapper } = await render({ page: 2, totalPages: 500 })
    expect(textOf(nav())).toContain('Pagina 2 van 500')
    expect(queryAllByRole(nav(), 'link').map((link) => link.textContent?.trim())).toEqual(['Vorige pagina', '1', '2', '3', '500', 'Volgende pagina'])
    expect(current().map((link) => [link.getAttribute('aria-label'), link.getAttribute('aria-current')])).toEqual([['Pagina 2', 'page']])
    expect(getByRole(nav(), 'link', 'Vorige pagina').getAttribute('href')).toBe('/lijst')
    expect(getByRole(nav(), 'link', 'Volgende pagina').getAttribute('href')).toBe('/lijst?pagina=3')
    expect(getByRole(nav(), 'link', 'Pagina 500').getAttribute('href')).toBe('/lijst?pagina=500')
    expect(textOf(nav())).toContain('…')
    await expectNoAxeViolations(document.body)
    wrapper.unmount()
  })

  it('without a total: previous and next by hasNext, and the page number', async () => {
    const { wrapper } = await render({ page: 2, totalPages: null, hasNext: true })
    expect(queryAllByRole(nav(), 'link').map((link) => link.textContent?.trim())).toEqual(['Vorige pagina', 'Volgende pagina'])
    expect(current()).toEqual([])
    expect(textOf(nav())).toContain('Pagina 2')
    expect(textOf(nav())).not.toContain('van')
    await expectNoAxeViolations(document.body)
    wrapper.unmount()
  })

  it('the first page has no "previous", the last no "next"; one page needs no navigation', async () => {
    const first = await render({ page: 1, totalPages: 3 })
    expect(queryAllByRole(nav(), 'link', 'Vorige pagina')).toEqual([])
    first.wrapper.unmount()
    const last = await render({ page: 3, totalPages: 3 })
    expect(queryAllByRole(nav(), 'link', 'Volgende pagina')).toEqual([])
    last.wrapper.unmount()
    const only = await render({ page: 1, totalPages: 1 })
    expect(queryAllByRole(document.body, 'navigation')).toEqual([])
    only.wrapper.unmount()
  })

  it('a page beyond the last says so, with the number of pages and a link to the last one', async () => {
    const { wrapper, router } = await render({ page: 7, totalPages: 3 })
    expect(textOf(nav())).toContain("Deze pagina bestaat niet. Er zijn 3 pagina's.")
    expect(queryAllByRole(nav(), 'link', /pagina$/).map((link) => link.textContent?.trim())).toEqual(['Naar de laatste pagina'])
    getByRole(nav(), 'link', 'Naar de laatste pagina').click()
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/lijst?pagina=3')
    await expectNoAxeViolations(document.body)
    wrapper.unmount()
  })

  it('says "1 pagina" for one, and leads to the first page of an empty list', async () => {
    const one = await render({ page: 4, totalPages: 1 })
    expect(textOf(nav())).toContain('Er is 1 pagina.')
    one.wrapper.unmount()
    const none = await render({ page: 2, totalPages: 0 })
    expect(getByRole(nav(), 'link', 'Naar de eerste pagina').getAttribute('href')).toBe('/lijst')
    none.wrapper.unmount()
  })

  it('a click navigates within the app', async () => {
    const { wrapper, router } = await render({ page: 1, totalPages: null, hasNext: true })
    getByRole(nav(), 'link', 'Volgende pagina').click()
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/lijst?pagina=2')
    wrapper.unmount()
  })
})
