import { mount } from '@vue/test-utils'
import { expect, it, vi } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import KloptNietLink from './KloptNietLink.vue'

it('names the item it is about, and leads to a correctieverzoek with only the registration and the item in the URL', async () => {
  const { global } = await createAppContext()
  mount(KloptNietLink, { props: { bron: 'brp', gegeven: 'geslachtsnaam', label: 'Achternaam (geslachtsnaam)' }, global, attachTo: document.body })
  const link = getByRole(document.body, 'link', 'Klopt dit niet? Achternaam (geslachtsnaam)')
  expect(link.getAttribute('href')).toBe('/correctieverzoek?registratie=brp&gegeven=geslachtsnaam')
  await expectNoAxeViolations(document.body)
})

it("carries a child's BSN in the history state, never in the URL", async () => {
  const { global, router } = await createAppContext()
  mount(KloptNietLink, { props: { bron: 'brp', gegeven: 'geslachtsnaam', label: 'Achternaam van Yusuf', wie: 'kind', bsn: '999990147' }, global, attachTo: document.body })
  const link = getByRole(document.body, 'link', 'Klopt dit niet? Achternaam van Yusuf')
  expect(link.getAttribute('href')).toBe('/correctieverzoek?registratie=brp&gegeven=geslachtsnaam&wie=kind')
  link.click()
  await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/correctieverzoek'))
  expect(router.options.history.state).toMatchObject({ mfoBurgerservicenummer: '999990147' })
})
