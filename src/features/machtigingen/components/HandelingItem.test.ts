import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { testHandeling } from '../machtigingen.fixtures'
import type { Handeling } from '../machtigingen.schemas'
import HandelingItem from './HandelingItem.vue'

async function render(handeling: Handeling) {
  const { global } = await createAppContext()
  // Inside a list, as "Namens u gedaan" shows it.
  return mount({ render: () => h('ol', [h(HandelingItem, { handeling })]) }, { global, attachTo: document.body })
}

describe('HandelingItem', () => {
  it('says when, who, what and which data', async () => {
    const wrapper = await render(testHandeling())
    expect(wrapper.text()).toContain('20 november 2026 om 10:15')
    expect(wrapper.text()).toContain('Pieter de Vries: Bericht verplaatst naar het archief')
    expect(wrapper.text()).toContain('Bericht van de Belastingdienst: Voorlopige aanslag 2027')
    expect(wrapper.text()).not.toContain('keer')
    expect(wrapper.text()).not.toContain('Geweigerd')
    await expectNoAxeViolations(document.body)
  })

  it('counts the same thing done again, and says in words when it was refused', async () => {
    const wrapper = await render(testHandeling({ aantal: 3, toegestaan: false, actie: 'Bekeken', gegevens: 'Gegevens uit de BRP' }))
    expect(wrapper.text()).toContain('Pieter de Vries: Bekeken (3 keer)')
    expect(wrapper.text()).toContain('Geweigerd: viel buiten de machtiging')
    await expectNoAxeViolations(document.body)
  })
})
