import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import { brpBlokken } from '../brp-blokken'
import { sleutelTekst, testHistorie, testPersoon } from '../gegevens.fixtures'
import GegevensBlokken from './GegevensBlokken.vue'

it('shows each block under its heading as terms with their values, each with a way to report an error', async () => {
  const { global } = await createAppContext()
  const blokken = brpBlokken(testPersoon(), testHistorie(), { ...sleutelTekst, t: (key) => key.split('.').pop() ?? key })
  const wrapper = mount(GegevensBlokken, { props: { blokken }, global, attachTo: document.body })
  expect(wrapper.findAll('h3').map((kop) => kop.text())).toEqual(['persoon', 'adres', 'adresHistorie', 'ouder', 'ouder'])
  const achternaam = wrapper.findAll('dl > div').find((paar) => paar.get('dt').text() === 'geslachtsnaam')
  expect(achternaam?.get('dd').text()).toContain('El Amrani')
  expect(getByRole(document.body, 'link', 'Klopt dit niet? geslachtsnaam')).toBeDefined()
  // The BSN is masked and has no "Klopt dit niet?": nobody corrects it that way.
  expect(wrapper.text()).not.toContain('999990019')
  await expectNoAxeViolations(document.body)
})
