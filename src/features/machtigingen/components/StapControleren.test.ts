import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import { leegConcept } from '../machtiging-concept'
import { machtigingenContext } from '../machtigingen.test-context'
import StapControleren from './StapControleren.vue'

it('shows everything that was filled in, each with a link back to its step', async () => {
  const { global } = await machtigingenContext('/machtigingen/nieuw?stap=4', 'anna')
  const concept = { ...leegConcept(), bsn: '999990020', diensten: ['zaken', 'gegevens'], zaken: { bereik: 'alle' as const, organisaties: [] }, onderdelen: ['inkomens'] }
  const wrapper = mount(StapControleren, { props: { concept, geldigTot: '31 januari 2027' }, global, attachTo: document.body })
  const kenmerken = Object.fromEntries(wrapper.findAll('dl > div').map((regel) => [regel.get('dt').text(), regel.findAll('dd')[0]?.text()]))
  expect(kenmerken).toEqual({
    Wie: '9999 90 020',
    Waarvoor: 'Lopende zaken: bij alle organisatiesGegevens: inkomen',
    'Geldig tot en met': '31 januari 2027',
  })
  expect(getByRole(document.body, 'link', 'Wijzigen wie u machtigt').getAttribute('href')).toBe('/machtigingen/nieuw?stap=1')
  expect(getByRole(document.body, 'link', 'Wijzigen tot wanneer').getAttribute('href')).toBe('/machtigingen/nieuw?stap=3')
  await expectNoAxeViolations(document.body)
})
