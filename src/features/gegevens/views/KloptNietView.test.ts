import { flushPromises, mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import KloptNietView from './KloptNietView.vue'

async function render(route: string) {
  const { global } = await createAppContext({ route })
  mount(KloptNietView, { global, attachTo: document.body })
  await flushPromises()
}

it('explains the route: first the organisation that keeps the value, then the Meldpunt', async () => {
  await render('/gegevens/klopt-niet?bron=rdw&gegeven=kenteken')
  expect(document.body.textContent).toContain('U wilt een fout laten aanpassen in: Kenteken, in het kentekenregister. Dit gegeven komt van de RDW.')
  expect(getByRole(document.body, 'heading', 'Stap 1: Neem contact op met de RDW')).toBeDefined()
  expect(getByRole(document.body, 'link', 'Bel 0900 0739').getAttribute('href')).toBe('tel:09000739')
  expect(getByRole(document.body, 'heading', 'Stap 2: Komt u er samen niet uit? Ga naar het Meldpunt')).toBeDefined()
  // Honest: the Meldpunt is not in the portal yet.
  expect(document.body.textContent).toContain('Dat kan nu nog niet.')
  await expectNoAxeViolations(document.body)
})

it('sends BRP corrections to the gemeente, says whose value it is, and copes with an unknown item or source', async () => {
  await render('/gegevens/klopt-niet?bron=brp&gegeven=geslachtsnaam&wie=kind')
  expect(document.body.textContent).toContain('Achternaam (geslachtsnaam) van uw kind, in de Basisregistratie Personen (BRP). Dit gegeven komt van uw gemeente.')
  document.body.innerHTML = ''
  await render('/gegevens/klopt-niet?bron=iets&gegeven=__proto__')
  expect(document.body.textContent).toContain('U wilt een fout laten aanpassen in: een gegeven')
  await expectNoAxeViolations(document.body)
})
