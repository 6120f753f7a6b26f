import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole } from '@/test/by-role'
import { testToestemming } from '../gegevens.fixtures'
import ToestemmingItem from './ToestemmingItem.vue'

it('says who gets which data, why and until when, with a way to withdraw it', async () => {
  const { global } = await createAppContext()
  const wrapper = mount(ToestemmingItem, { props: { toestemming: testToestemming(), bezig: false }, global, attachTo: document.body })
  expect(getByRole(document.body, 'heading', 'Spaarbank Voorbeeld').tagName).toBe('H2')
  expect(wrapper.text()).toContain('Inkomen')
  expect(wrapper.text()).toContain('1 januari 2026 tot 1 januari 2027')
  expect(wrapper.text()).toContain('Nog niet gedeeld')
  expect(getByRole(document.body, 'link', 'Bekijk wat Spaarbank Voorbeeld van u kreeg').getAttribute('href')).toBe(
    '/gegevens/gebruik?organisatie=Spaarbank+Voorbeeld',
  )
  getByRole(document.body, 'button', 'Toestemming voor Spaarbank Voorbeeld intrekken').click()
  expect(wrapper.emitted('intrekken')).toHaveLength(1)
  await expectNoAxeViolations(document.body)
})

it('offers no withdrawal for one that is withdrawn or expired, and says since when', async () => {
  const { global } = await createAppContext()
  const wrapper = mount(ToestemmingItem, {
    props: { toestemming: testToestemming({ status: 'ingetrokken', ingetrokkenOp: '2026-11-20T10:00:00Z' }), bezig: false },
    global,
    attachTo: document.body,
  })
  expect(wrapper.text()).toContain('Ingetrokken op 20 november 2026')
  // It ran until the withdrawal, not until its planned end.
  expect(wrapper.text()).toContain('Was geldig1 januari 2026 tot 20 november 2026')
  expect(queryAllByRole(document.body, 'button', 'Toestemming voor Spaarbank Voorbeeld intrekken')).toHaveLength(0)
  await wrapper.setProps({ toestemming: testToestemming({ status: 'verlopen' }) })
  expect(wrapper.text()).toContain('Verlopen')
  expect(wrapper.find('button').exists()).toBe(false)
  await expectNoAxeViolations(document.body)
})
