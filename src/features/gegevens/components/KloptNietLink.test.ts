import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import KloptNietLink from './KloptNietLink.vue'

it('names the item it is about, and puts only the source and the item in the URL', async () => {
  const { global } = await createAppContext()
  mount(KloptNietLink, { props: { bron: 'brp', gegeven: 'geslachtsnaam', label: 'Achternaam (geslachtsnaam)' }, global, attachTo: document.body })
  const link = getByRole(document.body, 'link', 'Klopt dit niet? Achternaam (geslachtsnaam)')
  expect(link.getAttribute('href')).toBe('/gegevens/klopt-niet?bron=brp&gegeven=geslachtsnaam')
  await expectNoAxeViolations(document.body)
})
