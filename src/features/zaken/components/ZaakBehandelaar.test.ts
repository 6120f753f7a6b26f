import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import ZaakBehandelaar from './ZaakBehandelaar.vue'

it('names who handles the zaak with a phone link and the website', async () => {
  const { global } = await createAppContext()
  mount(ZaakBehandelaar, { props: { behandelaar: { naam: 'UWV', telefoon: '088 898 9294', website: 'https://www.uwv.nl' } }, global, attachTo: document.body })
  expect(getByRole(document.body, 'link', 'Bel 088 898 9294').getAttribute('href')).toBe('tel:0888989294')
  expect(getByRole(document.body, 'link', 'Website van UWV (opent in een nieuw tabblad)').getAttribute('href')).toBe('https://www.uwv.nl')
  await expectNoAxeViolations(document.body)
})
