import { flushPromises, mount } from '@vue/test-utils'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { useGegevensServer } from '../../../../mocks/handlers/gegevens/test-server'
import { backend } from '../../../../mocks/state/backend'
import { createAppContext, type TestPersoon } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole } from '@/test/by-role'
import ToestemmingenView from './ToestemmingenView.vue'

const server = useGegevensServer()

async function render(persoon: TestPersoon = 'fatima') {
  const { global } = await createAppContext({ route: '/gegevens/toestemmingen', persoon })
  mount(ToestemmingenView, { global, attachTo: document.body })
  await flushPromises()
}

const eersteActieve = () => {
  const [knop] = queryAllByRole(document.body, 'button', /^Toestemming voor .+ intrekken$/)
  if (!knop) throw new Error('geen actieve toestemming')
  return knop
}
const dialoog = () => document.querySelector('dialog')

describe('ToestemmingenView', () => {
  it('lists the three toestemmingen, one expired, and withdraws one after confirmation', async () => {
    await render()
    expect(document.querySelectorAll('article h2')).toHaveLength(3)
    expect(document.body.textContent).toContain('Verlopen')
    const knop = eersteActieve()
    const naam = /^Toestemming voor (.+) intrekken$/.exec(knop.getAttribute('aria-label') ?? '')?.[1] ?? ''
    knop.click()
    await flushPromises()
    expect(dialoog()?.textContent).toContain(`${naam} krijgt daarna geen gegevens meer van u.`)
    await expectNoAxeViolations(document.body)

    getByRole(dialoog() ?? document.body, 'button', 'Ja, intrekken').click()
    await flushPromises()
    expect(getByRole(document.body, 'status').textContent).toContain(`U heeft de toestemming voor ${naam} ingetrokken.`)
    expect(document.body.textContent).toMatch(/Ingetrokken op \d+ \w+ \d{4}/)
    expect(document.activeElement?.textContent).toBe(naam)
    const opServer = backend.gegevens.toestemmingen.lijst('999990019').find((toestemming) => toestemming.ontvanger.naam === naam)
    expect(opServer?.ingetrokkenOp).toBeDefined()
    await expectNoAxeViolations(document.body)
  })

  it('keeps it active and says so when the withdrawal fails; "Nee" changes nothing', async () => {
    await render()
    const aantalActief = queryAllByRole(document.body, 'button', /^Toestemming voor .+ intrekken$/).length
    eersteActieve().click()
    await flushPromises()
    getByRole(dialoog() ?? document.body, 'button', 'Nee, niet intrekken').click()
    await flushPromises()
    expect(queryAllByRole(document.body, 'button', /^Toestemming voor .+ intrekken$/)).toHaveLength(aantalActief)

    server.use(http.patch('*/api/toestemmingen/:id', () => HttpResponse.json({ title: 'Fout' }, { status: 500 })))
    eersteActieve().click()
    await flushPromises()
    getByRole(dialoog() ?? document.body, 'button', 'Ja, intrekken').click()
    await flushPromises()
    const mislukt = /Het intrekken van de toestemming voor .+ is niet gelukt\. De toestemming is nog actief\./
    expect(getByRole(document.body, 'status').textContent).toMatch(mislukt)
    // Also in the toestemming itself, where focus goes.
    expect(document.activeElement?.closest('article')?.textContent).toMatch(mislukt)
    expect(queryAllByRole(document.body, 'button', /^Toestemming voor .+ intrekken$/)).toHaveLength(aantalActief)
    await expectNoAxeViolations(document.body)
  })

  it('tells Noor she gave nobody toestemming', async () => {
    await render('noor')
    expect(document.body.textContent).toContain('U heeft niemand toestemming gegeven om uw gegevens te krijgen.')
    await expectNoAxeViolations(document.body)
  })
})
