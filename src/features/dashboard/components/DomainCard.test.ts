import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import type { FeatureCard } from '@/shared/feature'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole } from '@/test/by-role'
import DomainCard from './DomainCard.vue'

/** A card lives in the overview's list: mount it into one (test-utils mounts into a div of its own: take the card out of it). */
async function render(card: FeatureCard) {
  const { global } = await createAppContext()
  const lijst = document.body.appendChild(document.createElement('ul'))
  const wrapper = mount(DomainCard, { props: { card }, global, attachTo: lijst })
  const houder = wrapper.element.parentElement
  lijst.append(wrapper.element)
  houder?.remove()
  return lijst
}

it('links the title of a domain that is ready to its page', async () => {
  const lijst = await render({ titleKey: 'berichtenEntry.kaart.titel', descriptionKey: 'berichtenEntry.kaart.omschrijving', to: '/berichten', order: 10 })
  const kop = getByRole(lijst, 'heading', 'Berichten')
  expect(getByRole(kop, 'link', 'Berichten').getAttribute('href')).toBe('/berichten')
  expect(lijst.textContent).toContain('Post van de Belastingdienst')
  await expectNoAxeViolations(lijst)
})

it('says plainly that a domain is not ready, without a link into an empty page', async () => {
  const lijst = await render({ titleKey: 'mfoEntry.kaart.titel', descriptionKey: 'mfoEntry.kaart.omschrijving', order: 50 })
  expect(getByRole(lijst, 'heading', 'Fout in uw gegevens melden')).toBeDefined()
  expect(queryAllByRole(lijst, 'link')).toEqual([])
  expect(lijst.textContent).toContain('Nog niet beschikbaar.')
  await expectNoAxeViolations(lijst)
})
