import { flushPromises, mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { useBerichtenServer } from '../../../../mocks/handlers/berichten/test-server'
import { features } from '@/app/features'
import { usePersonStore } from '@/features/auth'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole } from '@/test/by-role'
import OverviewView from './OverviewView.vue'

useBerichtenServer()

/** The cards' lazy status components, loaded before the test ends: one arriving after teardown fails the run. */
async function laadKaartStatussen(): Promise<void> {
  const laders = features.flatMap((feature) => {
    const loader: unknown = feature.card?.status && Reflect.get(feature.card.status, '__asyncLoader')
    return typeof loader === 'function' ? [loader as () => Promise<unknown>] : []
  })
  await Promise.all(laders.map((laad) => laad()))
}

it('welcomes the person by name, says how they logged in, and shows a card per domain', async () => {
  await laadKaartStatussen()
  const { global, pinia } = await createAppContext()
  mount(OverviewView, { global, attachTo: document.body })
  expect(getByRole(document.body, 'heading', 'Overzicht')).toBeDefined()
  await usePersonStore(pinia).load()
  await flushPromises()
  expect(document.body.textContent).toContain('Welkom, Fatima El Amrani')
  expect(document.body.textContent).toContain('U bent ingelogd met DigiD Midden.')
  const kaarten = queryAllByRole(getByRole(document.body, 'list'), 'listitem')
  expect(kaarten.length).toBeGreaterThanOrEqual(5)
  expect(getByRole(document.body, 'link', 'Berichten').getAttribute('href')).toBe('/berichten')
  await expectNoAxeViolations(document.body)
})
