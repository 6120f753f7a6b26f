import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import GebruikItem from './GebruikItem.vue'

const gebruik = {
  id: 'g1',
  tijdstip: '2026-11-20T09:15:00Z',
  organisatie: 'Mijn Overheid (Logius)',
  gegevens: ['Naam', 'Adres'],
  doel: 'U bekeek uw gegevens in Mijn Overheid',
  grondslag: 'Wet digitale overheid',
}

it('says who used which data, when, why and on what ground', async () => {
  const { global } = await createAppContext()
  const wrapper = mount({ components: { GebruikItem }, template: '<ol><GebruikItem :gebruik="gebruik" /></ol>', data: () => ({ gebruik }) }, { global, attachTo: document.body })
  const kenmerken = Object.fromEntries(wrapper.findAll('dl > div').map((paar) => [paar.get('dt').text(), paar.get('dd').text()]))
  expect(kenmerken).toMatchObject({ 'Welke gegevens': 'Naam, Adres', Waarvoor: gebruik.doel, 'Wettelijke grondslag': gebruik.grondslag })
  expect(kenmerken.Wanneer).toContain('20 november 2026')
  expect(kenmerken.Wanneer).toContain('10:15')
  expect(kenmerken['Namens u gedaan door']).toBeUndefined()
  await expectNoAxeViolations(document.body)
})

it('names the gemachtigde who looked on the person’s behalf', async () => {
  const { global } = await createAppContext()
  const wrapper = mount(
    { components: { GebruikItem }, template: '<ol><GebruikItem :gebruik="gebruik" /></ol>', data: () => ({ gebruik: { ...gebruik, gemachtigde: 'Ruud Smit', toestemmingId: 't1' } }) },
    { global, attachTo: document.body },
  )
  expect(wrapper.text()).toContain('Namens u gedaan door')
  expect(wrapper.text()).toContain('Ruud Smit')
  expect(wrapper.text()).toContain('Gedeeld met uw toestemming')
  await expectNoAxeViolations(document.body)
})
