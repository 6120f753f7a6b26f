import { flushPromises, mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { useBerichtenServer } from '../../../../mocks/handlers/berichten/test-server'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import InstellingenView from './InstellingenView.vue'

useBerichtenServer()

it('loads the settings and shows the e-mail, the reminder and the organisations, with the way back', async () => {
  const { global } = await createAppContext({ route: '/berichten/instellingen' })
  mount(InstellingenView, { global, attachTo: document.body })
  expect(getByRole(document.body, 'heading', 'Instellingen Berichtenbox').tagName).toBe('H1')
  await flushPromises()
  for (const kop of ['E-mail bij nieuwe post', 'Herinnering', 'Welke organisaties mogen u digitaal post sturen?']) {
    expect(getByRole(document.body, 'heading', kop)).toBeDefined()
  }
  expect(getByRole(document.body, 'checkbox', 'Belastingdienst')).toBeDefined()
  expect(getByRole(document.body, 'button', 'Instellingen opslaan')).toBeDefined()
  expect(getByRole(document.body, 'link', 'Terug naar Berichten').getAttribute('href')).toBe('/berichten')
  await expectNoAxeViolations(document.body)
})
