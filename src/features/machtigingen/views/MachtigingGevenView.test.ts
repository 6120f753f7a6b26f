import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { backend } from '../../../../mocks/state/backend'
import { EIDAS_ACR, useAuthStore } from '@/features/auth'
import { dutchDay } from '@/shared/format/format'
import type { TestPersoon } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { descriptionOf, getByRole, queryAllByRole } from '@/test/by-role'
import { jarenVerder } from '../machtiging-controle'
import { BSN, machtigingenContext, useMachtigingenServer } from '../machtigingen.test-context'
import { useMachtigingenMeldingStore } from '../machtigingen.store'
import MachtigingGevenView from './MachtigingGevenView.vue'

const server = useMachtigingenServer()

async function render(persoon: TestPersoon = 'annaSubstantieel', route = '/machtigingen/nieuw') {
  const context = await machtigingenContext(route, persoon)
  const wrapper = mount(MachtigingGevenView, { global: context.global, attachTo: document.body })
  await flushPromises()
  return { ...context, wrapper }
}

const body = () => document.body
const kop = () => document.querySelector('h2.machtiging-geven__kop')?.textContent?.replace(/\s+/g, ' ').trim()
const samenvatting = () => document.querySelector('.error-summary')
const foutenInSamenvatting = () => [...(samenvatting()?.querySelectorAll('li') ?? [])].map((item) => item.textContent?.trim())
const klik = async (naam: string | RegExp) => {
  getByRole(body(), 'button', naam).click()
  await flushPromises()
}
const typ = (label: string, waarde: string) => new DOMWrapper(getByRole(body(), 'textbox', label)).setValue(waarde)
const vink = (label: string) => new DOMWrapper(getByRole(body(), 'checkbox', label)).setValue(true)
const kies = (groep: string, label: string) => new DOMWrapper(getByRole(getByRole(body(), 'group', groep), 'radio', label)).setValue(true)
async function datum(iso: string) {
  const [jaar = '', maand = '', dag = ''] = iso.split('-')
  await typ('Dag', dag)
  await typ('Maand', maand)
  await typ('Jaar', jaar)
}
const vandaag = () => dutchDay(new Date())
const dagLater = (iso: string) => new Date(Date.parse(`${iso}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10)

/** Steps 1 to 3 right: Pieter, post from SVB, until a year from now. */
async function vulIn() {
  await typ('Burgerservicenummer', BSN.pieter)
  await klik('Volgende')
  await vink('Berichtenbox')
  await kies('Berichtenbox: post van welke organisaties?', 'Alleen deze organisaties')
  await vink('SVB')
  await klik('Volgende')
  await datum(jarenVerder(vandaag(), 1))
  await klik('Volgende')
}

describe('MachtigingGevenView', () => {
  it('checks every step with errors in the summary and at the field, keeps input going back, and grants', async () => {
    const { router, pinia } = await render()
    expect(kop()).toBe('Stap 1 van 4: Wie wilt u machtigen?')

    for (const [invoer, fout] of [
      ['', 'Vul het burgerservicenummer in.'],
      ['1234', 'Een burgerservicenummer heeft 9 cijfers.'],
      ['123456789', 'Dit is geen geldig burgerservicenummer. Controleer de cijfers.'],
      ['9999 90 032', 'U kunt uzelf geen machtiging geven. Vul het burgerservicenummer in van iemand anders.'],
    ] as const) {
      await typ('Burgerservicenummer', invoer)
      await klik('Volgende')
      expect(foutenInSamenvatting()).toEqual([fout])
      expect(descriptionOf(getByRole(body(), 'textbox', 'Burgerservicenummer'))).toContain(`Fout: ${fout}`)
      expect(document.activeElement).toBe(samenvatting())
    }
    expect(document.title).toMatch(/^Fout: /)
    await expectNoAxeViolations(body())

    await typ('Burgerservicenummer', BSN.pieter)
    await klik('Volgende')
    expect(kop()).toBe('Stap 2 van 4: Waarvoor?')
    expect(document.activeElement?.textContent).toContain('Waarvoor?')
    expect(samenvatting()).toBeNull()

    await klik('Volgende')
    expect(foutenInSamenvatting()).toEqual(['Kies minstens één dienst: Berichtenbox, Lopende zaken of Gegevens.'])
    await vink('Berichtenbox')
    await vink('Gegevens')
    await klik('Volgende')
    expect(foutenInSamenvatting()).toEqual(['Kies of het gaat om post van alle organisaties of alleen van sommige.', 'Kies minstens één soort gegevens.'])
    await kies('Berichtenbox: post van welke organisaties?', 'Alleen deze organisaties')
    await klik('Volgende')
    expect(foutenInSamenvatting()).toEqual(['Kies minstens één organisatie voor de Berichtenbox, of kies alle organisaties.', 'Kies minstens één soort gegevens.'])
    expect(descriptionOf(getByRole(body(), 'group', 'Post van deze organisaties'))).toContain('Fout: Kies minstens één organisatie')
    await expectNoAxeViolations(body())
    await vink('SVB')
    await vink('Belastingdienst')
    await vink('Inkomen (Belastingdienst)')
    await klik('Volgende')

    expect(kop()).toBe('Stap 3 van 4: Tot wanneer?')
    await klik('Volgende')
    expect(foutenInSamenvatting()).toEqual(['Vul een datum in.'])
    await datum(jarenVerder(vandaag(), -1))
    await klik('Volgende')
    expect(foutenInSamenvatting()).toEqual(['Deze datum is al voorbij. Kies vandaag of een datum later.'])
    await datum(dagLater(jarenVerder(vandaag(), 5)))
    await klik('Volgende')
    expect(foutenInSamenvatting()[0]).toMatch(/^Een machtiging geldt hoogstens 5 jaar\. Kies een datum tot en met \d+ \w+ \d{4}\.$/)
    await expectNoAxeViolations(body())
    // Exactly five years is allowed.
    await datum(jarenVerder(vandaag(), 5))
    await klik('Volgende')

    expect(kop()).toBe('Stap 4 van 4: Controleren')
    const controle = document.querySelector('dl')?.textContent ?? ''
    expect(controle).toContain('9999 90 020')
    expect(controle).toContain('Berichtenbox: post van SVB en Belastingdienst')
    expect(controle).toContain('Gegevens: inkomen')
    expect(getByRole(body(), 'link', 'Wijzigen waarvoor').getAttribute('href')).toBe('/machtigingen/nieuw?stap=2')
    await expectNoAxeViolations(body())

    await klik('Vorige')
    expect(kop()).toBe('Stap 3 van 4: Tot wanneer?')
    expect((getByRole(body(), 'textbox', 'Jaar') as HTMLInputElement).value).toBe(jarenVerder(vandaag(), 5).slice(0, 4))
    await router.back()
    await flushPromises()
    expect(kop()).toBe('Stap 4 van 4: Controleren')

    await klik('Machtiging geven')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/machtigingen'))
    expect(useMachtigingenMeldingStore(pinia).gemachtigd).toBe('Pieter de Vries')
    const nieuw = backend.machtigingen.lijst(BSN.anna).find((machtiging) => machtiging.status === 'wacht-op-acceptatie')
    expect(nieuw?.diensten).toEqual([
      { dienst: 'berichten', organisaties: ['SVB', 'Belastingdienst'] },
      { dienst: 'gegevens', onderdelen: ['inkomens'] },
    ])
    expect(window.sessionStorage.getItem('mo:machtiging-concept')).toBeNull()
  })

  it('at DigiD Midden offers the step-up on the check step, and after it everything is still there', async () => {
    const midden = await render('anna')
    await vulIn()
    expect(kop()).toBe('Stap 4 van 4: Controleren')
    expect(queryAllByRole(body(), 'button', 'Machtiging geven')).toEqual([])
    const login = vi.spyOn(useAuthStore(midden.pinia), 'login').mockResolvedValue()
    await vi.waitFor(() => expect(queryAllByRole(body(), 'button', 'Inloggen met DigiD Substantieel')).toHaveLength(1))
    await expectNoAxeViolations(body())
    await klik('Inloggen met DigiD Substantieel')
    expect(login).toHaveBeenCalledWith('/machtigingen/nieuw?stap=4', EIDAS_ACR.substantial)
    midden.wrapper.unmount()

    // Back from DigiD: a new page load at the check step, at Substantieel.
    await render('annaSubstantieel', '/machtigingen/nieuw?stap=4')
    expect(kop()).toBe('Stap 4 van 4: Controleren')
    expect(document.querySelector('dl')?.textContent).toContain('Berichtenbox: post van SVB')
    await klik('Machtiging geven')
    await vi.waitFor(() => expect(backend.machtigingen.lijst(BSN.anna).filter((machtiging) => machtiging.status === 'wacht-op-acceptatie')).toHaveLength(1))
  })

  it('shows what the service refuses at its own field and step', async () => {
    await render()
    await typ('Burgerservicenummer', '999991000')
    await klik('Volgende')
    await klik('Volgende')
    await vink('Lopende zaken')
    await kies('Lopende zaken: bij welke organisaties?', 'Alle organisaties')
    await klik('Volgende')
    await datum(jarenVerder(vandaag(), 1))
    await klik('Volgende')
    await klik('Machtiging geven')
    await vi.waitFor(() => expect(kop()).toBe('Stap 1 van 4: Wie wilt u machtigen?'))
    expect(foutenInSamenvatting()).toEqual(['Wij vinden niemand met dit burgerservicenummer.'])
    expect(descriptionOf(getByRole(body(), 'textbox', 'Burgerservicenummer'))).toContain('Fout: Wij vinden niemand met dit burgerservicenummer.')
    expect(document.activeElement).toBe(samenvatting())
    await expectNoAxeViolations(body())
  })

  it('asks for the step-up when the service finds the level too low', async () => {
    server.use(
      http.post('*/api/machtigingen', () =>
        HttpResponse.json({ title: 'Hoger inlogniveau nodig', code: 'acr-te-laag', acrValues: EIDAS_ACR.substantial }, { status: 403, headers: { 'Content-Type': 'application/problem+json' } }),
      ),
    )
    await render()
    await vulIn()
    await klik('Machtiging geven')
    await vi.waitFor(() => expect(queryAllByRole(body(), 'button', 'Inloggen met DigiD Substantieel')).toHaveLength(1))
    expect(queryAllByRole(body(), 'button', 'Machtiging geven')).toEqual([])
  })

  it('sends once on a double click; after a fault keeps everything and retries with the same key', async () => {
    const sleutels: (string | null)[] = []
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST') sleutels.push(request.headers.get('Idempotency-Key'))
    })
    server.use(http.post('*/api/machtigingen', () => HttpResponse.json({ title: 'Storing' }, { status: 503 }), { once: true }))
    const { router } = await render()
    await vulIn()
    const knop = getByRole(body(), 'button', 'Machtiging geven')
    knop.click()
    knop.click()
    await vi.waitFor(() => expect(queryAllByRole(body(), 'alert')).toHaveLength(1))
    expect(sleutels).toHaveLength(1)
    expect(getByRole(body(), 'alert').textContent).toContain('Probeer opnieuw')
    expect(kop()).toBe('Stap 4 van 4: Controleren')
    expect(document.querySelector('dl')?.textContent).toContain('9999 90 020')
    await expectNoAxeViolations(body())

    await klik('Probeer opnieuw')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/machtigingen'))
    expect(sleutels).toEqual([sleutels[0], sleutels[0]])
    server.events.removeAllListeners()
  })
})
