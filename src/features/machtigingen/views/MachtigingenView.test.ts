import { flushPromises, mount } from '@vue/test-utils'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { backend } from '../../../../mocks/state/backend'
import { useAuthStore } from '@/features/auth'
import type { TestPersoon } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole } from '@/test/by-role'
import { BSN, machtigingenContext, useMachtigingenServer } from '../machtigingen.test-context'
import { useMachtigingenMeldingStore } from '../machtigingen.store'
import MachtigingenView from './MachtigingenView.vue'

const server = useMachtigingenServer()

async function render(persoon: TestPersoon, voorMount?: (context: Awaited<ReturnType<typeof machtigingenContext>>) => void) {
  const context = await machtigingenContext('/machtigingen', persoon)
  voorMount?.(context)
  mount(MachtigingenView, { global: context.global, attachTo: document.body })
  await flushPromises()
  return context
}

const body = () => document.body
const sectie = (naam: string) => getByRole(body(), 'region', naam)
const status = () => getByRole(body(), 'status').textContent?.trim()
const dialoog = () => document.querySelector('dialog')
/** As a mouse click in most browsers: focus, then click. */
const klik = async (root: Element, naam: string | RegExp) => {
  const knop = getByRole(root, 'button', naam)
  knop.focus()
  knop.click()
  await flushPromises()
}
const eenJaarVerder = () => new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10)
/** Anna gives Pieter a new machtiging, waiting for him to accept it. */
const nieuwVoorPieter = () => backend.machtigingen.geef(BSN.anna, { gemachtigde: { burgerservicenummer: BSN.pieter }, diensten: [{ dienst: 'zaken' }], geldigTot: eenJaarVerder() })

describe('MachtigingenView', () => {
  it("shows Anna's machtigingen in words, with the way to give one and to see what was done", async () => {
    await render('anna')
    const gegeven = sectie('Wie regelt zaken voor u')
    expect(queryAllByRole(gegeven, 'listitem')).toHaveLength(2)
    expect(gegeven.textContent).toContain('Pieter de Vries')
    expect(gegeven.textContent).toContain('Berichtenbox: post van SVB en Belastingdienst')
    expect(gegeven.textContent).toContain('Lopende zaken: bij Gemeente Amersfoort')
    expect(gegeven.textContent).toMatch(/Van \d+ \w+ \d{4} tot en met \d+ \w+ \d{4}/)
    expect(gegeven.textContent).toContain('Actief')
    expect(gegeven.textContent).toContain('Verlopen')
    expect(queryAllByRole(gegeven, 'button', /intrekken$/)).toHaveLength(1)
    expect(sectie('Voor wie regelt u zaken').textContent).toContain('U regelt voor niemand zaken.')
    expect(getByRole(body(), 'link', 'Iemand machtigen').getAttribute('href')).toBe('/machtigingen/nieuw')
    expect(getByRole(body(), 'link', 'Namens u gedaan').getAttribute('href')).toBe('/machtigingen/namens-u-gedaan')
    await expectNoAxeViolations(body())
  })

  it('revokes after a confirmation whose safe choice has focus; the item says so at once, and focus returns to it', async () => {
    await render('anna')
    await klik(body(), /^Machtiging voor Pieter de Vries \(actief, tot en met \d+ \w+ \d{4}\) intrekken$/)
    expect(dialoog()?.open).toBe(true)
    expect(document.activeElement?.textContent?.trim()).toBe('Nee, niet intrekken')
    expect(dialoog()?.textContent).toContain('Het gaat om de machtiging voor: Berichtenbox: post van SVB en Belastingdienst; Lopende zaken: bij Gemeente Amersfoort, tot en met')
    expect(dialoog()?.textContent).toContain('Pieter de Vries kan daarna meteen geen zaken meer voor u regelen met deze machtiging.')
    await expectNoAxeViolations(body())

    await klik(dialoog() ?? body(), 'Ja, intrekken')
    await vi.waitFor(() => expect(status()).toBe('U heeft de machtiging voor Pieter de Vries ingetrokken. Pieter de Vries kan nu geen zaken meer voor u regelen.'))
    const item = document.activeElement?.closest('li')
    expect(document.activeElement?.tagName).toBe('H3')
    expect(item?.textContent).toContain('Ingetrokken')
    expect(queryAllByRole(body(), 'button', /^Machtiging voor Pieter de Vries \(actief, tot en met \d+ \w+ \d{4}\) intrekken$/)).toEqual([])
    expect(backend.machtigingen.geldigheid(BSN.pieter, BSN.anna).geldig).toBe(false)
    await expectNoAxeViolations(body())
  })

  it('keeps it active and says so in the item when revoking fails; "Nee" changes nothing', async () => {
    await render('anna')
    await klik(body(), /^Machtiging voor Pieter de Vries \(actief, tot en met \d+ \w+ \d{4}\) intrekken$/)
    await klik(dialoog() ?? body(), 'Nee, niet intrekken')
    expect(dialoog()?.open).toBe(false)
    expect(document.activeElement).toBe(getByRole(body(), 'button', /^Machtiging voor Pieter de Vries \(actief, tot en met \d+ \w+ \d{4}\) intrekken$/))

    server.use(http.patch('*/api/machtigingen/:id', () => HttpResponse.json({ title: 'Storing' }, { status: 500 })))
    await klik(body(), /^Machtiging voor Pieter de Vries \(actief, tot en met \d+ \w+ \d{4}\) intrekken$/)
    await klik(dialoog() ?? body(), 'Ja, intrekken')
    const mislukt = 'Het intrekken van de machtiging voor Pieter de Vries is niet gelukt. De machtiging werkt nog. Probeer het opnieuw.'
    await vi.waitFor(() => expect(status()).toBe(mislukt))
    expect(document.activeElement?.closest('li')?.textContent).toContain(mislukt)
    expect(queryAllByRole(body(), 'button', /^Machtiging voor Pieter de Vries \(actief, tot en met \d+ \w+ \d{4}\) intrekken$/)).toHaveLength(1)
    expect(backend.machtigingen.geldigheid(BSN.pieter, BSN.anna).geldig).toBe(true)
    await expectNoAxeViolations(body())
  })

  it('lets Pieter accept a new machtiging, decline another, and start acting for Anna', async () => {
    nieuwVoorPieter()
    const { pinia } = await render('pieter')
    const ontvangen = sectie('Voor wie regelt u zaken')
    expect(ontvangen.textContent).toContain('Wacht op acceptatie')
    expect(ontvangen.textContent).toContain('Lopende zaken: bij alle organisaties')
    await expectNoAxeViolations(body())

    await klik(ontvangen, 'Machtiging van Anna de Vries-Bakker accepteren')
    await vi.waitFor(() => expect(status()).toBe('U heeft de machtiging van Anna de Vries-Bakker geaccepteerd. U kunt nu zaken regelen voor Anna de Vries-Bakker.'))
    expect(document.activeElement?.tagName).toBe('H3')
    expect(queryAllByRole(ontvangen, 'button', /accepteren$/)).toEqual([])
    expect(backend.machtigingen.lijst(BSN.pieter).filter((machtiging) => machtiging.status === 'actief')).toHaveLength(2)

    const wissel = vi.spyOn(useAuthStore(pinia), 'wisselVertegenwoordiging').mockRejectedValue(new Error('DigiD niet bereikbaar'))
    // The new one and the one she gave earlier.
    const [eerste, tweede] = queryAllByRole(ontvangen, 'button', 'Zaken regelen voor Anna de Vries-Bakker')
    expect(tweede).toBeDefined()
    eerste?.click()
    await flushPromises()
    expect(wissel).toHaveBeenCalledWith(BSN.anna)
    await vi.waitFor(() => expect(status()).toBe('Wisselen is niet gelukt. DigiD is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.'))
    expect(eerste?.closest('li')?.querySelector('.utrecht-alert')?.textContent).toContain('Wisselen is niet gelukt.')
    await expectNoAxeViolations(body())
  })

  it('says so when Pieter declines', async () => {
    nieuwVoorPieter()
    await render('pieter')
    await klik(body(), 'Machtiging van Anna de Vries-Bakker weigeren')
    await vi.waitFor(() => expect(status()).toBe('U heeft de machtiging van Anna de Vries-Bakker geweigerd.'))
    expect(sectie('Voor wie regelt u zaken').textContent).toContain('Geweigerd')
  })

  it('after giving one, says whom and that it waits for acceptance', async () => {
    await render('anna', ({ pinia }) => {
      useMachtigingenMeldingStore(pinia).gemachtigd = 'Pieter de Vries'
    })
    expect(status()).toBe('U heeft Pieter de Vries gemachtigd. De machtiging werkt zodra deze persoon die accepteert.')
    expect(document.querySelector('[role="status"] [data-route-focus]')).not.toBeNull()
    await expectNoAxeViolations(body())
  })

  it('shows bewind for what it is, and empty lists in plain words', async () => {
    await render('ruud')
    const ontvangen = sectie('Voor wie regelt u zaken')
    expect(queryAllByRole(ontvangen, 'listitem')).toHaveLength(3)
    expect(ontvangen.textContent).toContain('Beschermingsbewind is door de rechter ingesteld. U kunt het hier niet stoppen.')
    expect(queryAllByRole(ontvangen, 'button', /intrekken$/)).toEqual([])
    expect(sectie('Wie regelt zaken voor u').textContent).toContain('U heeft niemand een machtiging gegeven. Niemand regelt zaken voor u.')
    await expectNoAxeViolations(body())
  })

  it('says when the list cannot be fetched, with a retry', async () => {
    server.use(http.get('*/api/machtigingen', () => HttpResponse.json({ title: 'Storing' }, { status: 500 })))
    await render('anna')
    await vi.waitFor(() => expect(queryAllByRole(body(), 'button', 'Probeer opnieuw')).toHaveLength(1))
    expect(getByRole(body(), 'alert')).toBeDefined()
    await expectNoAxeViolations(body())
  })
})
