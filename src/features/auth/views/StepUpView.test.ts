import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import StepUpView from './StepUpView.vue'

it('explains the higher login a page needs, and offers the way back', async () => {
  const { global } = await createAppContext({ route: '/hoger-niveau?terug=%2Fberichten%2Finstellingen' })
  mount(StepUpView, { global, attachTo: document.body })
  expect(getByRole(document.body, 'heading', 'Inloggen met een hoger niveau').tagName).toBe('H1')
  expect(getByRole(document.body, 'button', 'Inloggen met DigiD Substantieel')).toBeDefined()
  expect(getByRole(document.body, 'link', 'Terug naar het overzicht').getAttribute('href')).toBe('/')
  await expectNoAxeViolations(document.body)
})
