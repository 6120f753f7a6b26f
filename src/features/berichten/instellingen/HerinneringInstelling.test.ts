import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { descriptionOf, getByRole } from '@/test/by-role'
import { instellingenMessages } from './instellingen.messages'
import HerinneringInstelling from './HerinneringInstelling.vue'

it('is one checkbox, explained by the text above it, under its own heading', async () => {
  const { global } = await createAppContext({ route: '/berichten/instellingen', messages: [instellingenMessages] })
  const wrapper = mount(HerinneringInstelling, { props: { modelValue: true }, global, attachTo: document.body })
  expect(getByRole(document.body, 'heading', 'Herinnering')).toBeDefined()
  const vinkje = getByRole(document.body, 'checkbox', 'Stuur mij een herinnering als ik post niet heb gelezen')
  expect(descriptionOf(vinkje)).toContain('Heeft u post na een tijd nog niet gelezen?')
  vinkje.click()
  expect(wrapper.emitted('update:modelValue')).toEqual([[false]])
  await expectNoAxeViolations(document.body)
})
