import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { h, nextTick, reactive } from 'vue'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole } from '@/test/by-role'
import { testMachtiging } from '../machtigingen.fixtures'
import type { Machtiging } from '../machtigingen.schemas'
import MachtigingItem from './MachtigingItem.vue'

async function render(machtiging: Machtiging, fout: string | null = null) {
  const { global } = await createAppContext()
  const props = reactive({ machtiging, fout, bezig: false })
  // Inside a list, as the overview shows it.
  const wrapper = mount({ render: () => h('ul', [h(MachtigingItem, props)]) }, { global, attachTo: document.body })
  return { wrapper, props, item: () => wrapper.getComponent(MachtigingItem) }
}
const knoppen = () => queryAllByRole(document.body, 'button').map((knop) => knop.getAttribute('aria-label') ?? knop.textContent?.trim())

describe('MachtigingItem', () => {
  it('says whom, for what, when and its status in words; a given one can be revoked', async () => {
    const { wrapper, item } = await render(testMachtiging())
    expect(getByRole(document.body, 'heading', 'Pieter de Vries').tagName).toBe('H3')
    const tekst = wrapper.text()
    expect(tekst).toContain('Berichtenbox: post van SVB en Belastingdienst')
    expect(tekst).toContain('Lopende zaken: bij Gemeente Amersfoort')
    expect(tekst).toContain('Van 1 april 2026 tot en met 30 september 2027')
    expect(tekst).toContain('StatusActief')
    expect(tekst).toContain('SoortMachtiging')
    getByRole(document.body, 'button', /^Machtiging voor Pieter de Vries \(actief, tot en met \d+ \w+ \d{4}\) intrekken$/).click()
    expect(item().emitted('intrekken')).toHaveLength(1)
    await expectNoAxeViolations(document.body)
  })

  it('a received one waiting can be accepted or declined; once active, the person can act with it', async () => {
    const { wrapper, props, item } = await render(testMachtiging({ richting: 'ontvangen', status: 'wacht-op-acceptatie', intrekbaar: false, diensten: [{ dienst: 'gegevens', onderdelen: ['inkomens'] }] }))
    expect(getByRole(document.body, 'heading', 'Anna de Vries-Bakker')).toBeDefined()
    expect(wrapper.text()).toContain('Wacht op acceptatie')
    expect(wrapper.text()).toContain('Gegevens: inkomen')
    expect(knoppen()).toEqual(['Machtiging van Anna de Vries-Bakker accepteren', 'Machtiging van Anna de Vries-Bakker weigeren'])
    getByRole(document.body, 'button', 'Machtiging van Anna de Vries-Bakker weigeren').click()
    expect(item().emitted('weigeren')).toHaveLength(1)
    await expectNoAxeViolations(document.body)

    props.machtiging = testMachtiging({ richting: 'ontvangen', intrekbaar: false })
    await nextTick()
    expect(knoppen()).toEqual(['Zaken regelen voor Anna de Vries-Bakker'])
  })

  it('bewind cannot be stopped here; an error shows in the item', async () => {
    const { wrapper } = await render(
      testMachtiging({ soort: 'bewind', intrekbaar: false, diensten: [{ dienst: 'berichten' }, { dienst: 'zaken' }] }),
      'Het intrekken is niet gelukt.',
    )
    expect(wrapper.text()).toContain('Beschermingsbewind is door de rechter ingesteld. U kunt het hier niet stoppen.')
    expect(wrapper.text()).toContain('Berichtenbox: post van alle organisaties')
    expect(wrapper.text()).toContain('Het intrekken is niet gelukt.')
    expect(knoppen()).toEqual([])
    await expectNoAxeViolations(document.body)
  })
})
