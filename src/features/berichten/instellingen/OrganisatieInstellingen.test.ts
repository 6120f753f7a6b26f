import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole } from '@/test/by-role'
import { instellingenMessages } from './instellingen.messages'
import OrganisatieInstellingen from './OrganisatieInstellingen.vue'

it('groups a checkbox per organisation under the question, and unticks only the one chosen', async () => {
  const { global } = await createAppContext({ route: '/berichten/instellingen', messages: [instellingenMessages] })
  const organisaties = [
    { afzender: 'Belastingdienst', digitaal: true },
    { afzender: 'DUO', digitaal: true },
    { afzender: 'RDW', digitaal: false },
  ]
  const wrapper = mount(OrganisatieInstellingen, { props: { modelValue: organisaties }, global, attachTo: document.body })
  const groep = getByRole(document.body, 'group', 'Welke organisaties mogen u digitaal post sturen?')
  const vinkjes = queryAllByRole(groep, 'checkbox')
  expect(vinkjes.map((vinkje) => vinkje instanceof HTMLInputElement && vinkje.checked)).toEqual([true, true, false])
  getByRole(groep, 'checkbox', 'DUO').click()
  expect(wrapper.emitted('update:modelValue')).toEqual([
    [
      [
        { afzender: 'Belastingdienst', digitaal: true },
        { afzender: 'DUO', digitaal: false },
        { afzender: 'RDW', digitaal: false },
      ],
    ],
  ])
  await expectNoAxeViolations(document.body)
})
