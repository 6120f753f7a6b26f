import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { datumOver, testBericht } from '../berichten.fixtures'
import BerichtKenmerken from './BerichtKenmerken.vue'

const kenmerken = (wrapper: ReturnType<typeof mount>) =>
  Object.fromEntries(wrapper.findAll('dl > div').map((paar) => [paar.get('dt').text(), paar.get('dd').text()]))

it('lists sender, date, kind and retention as terms with their values', async () => {
  const { global } = await createAppContext()
  const wrapper = mount(BerichtKenmerken, { props: { bericht: testBericht() }, global, attachTo: document.body })
  expect(kenmerken(wrapper)).toMatchObject({ Van: 'Belastingdienst', Verzonden: '2 maart 2026', 'Soort bericht': 'Besluit' })
  expect(wrapper.find('.utrecht-alert').exists()).toBe(false)
  await expectNoAxeViolations(document.body)
})

it('says what to do and by when, and that the date has passed', async () => {
  const { global } = await createAppContext()
  const bericht = testBericht({ actie: { omschrijving: 'Betaal de aanslag', deadline: datumOver(-3) } })
  const wrapper = mount(BerichtKenmerken, { props: { bericht }, global, attachTo: document.body })
  const actie = wrapper.get('.utrecht-alert')
  expect(actie.get('h2').text()).toBe('Wat moet u doen?')
  expect(actie.text()).toContain('Betaal de aanslag')
  expect(actie.text()).toContain('De datum is voorbij')
  await expectNoAxeViolations(document.body)
})
