import { flushPromises, mount } from '@vue/test-utils'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { backend } from '../../../../mocks/state/backend'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole } from '@/test/by-role'
import { BSN, machtigingenContext, useMachtigingenServer } from '../machtigingen.test-context'
import NamensGedaanView from './NamensGedaanView.vue'

const server = useMachtigingenServer()

async function render(route = '/machtigingen/namens-u-gedaan', persoon: 'anna' | 'noor' = 'anna') {
  const context = await machtigingenContext(route, persoon)
  mount(NamensGedaanView, { global: context.global, attachTo: document.body })
  await flushPromises()
  return context
}

const regels = () => queryAllByRole(document.body, 'listitem').filter((item) => item.closest('ol.handelingen'))
/** What Pieter did for Anna: `aantal` different letters read, and one refused look at her BRP data, three times. */
function pieterDeed(aantal: number) {
  for (let i = 0; i < 3; i++) {
    backend.machtigingen.handelingen.legVast({ volmachtgever: BSN.anna, gemachtigde: BSN.pieter, actie: 'Bekeken', gegevens: 'Gegevens uit de BRP', toegestaan: false })
  }
  for (let i = 1; i <= aantal; i++) {
    backend.machtigingen.handelingen.legVast({ volmachtgever: BSN.anna, gemachtigde: BSN.pieter, actie: 'Bericht gelezen', gegevens: `Bericht van de SVB: brief ${i}`, toegestaan: true })
  }
}

describe('NamensGedaanView', () => {
  it('lists what Pieter did for Anna, newest first, refusals and repeats in words', async () => {
    pieterDeed(2)
    await render()
    expect(regels()).toHaveLength(3)
    expect(regels()[0]?.textContent).toContain('Pieter de Vries: Bericht gelezen')
    expect(regels()[0]?.textContent).toContain('Bericht van de SVB: brief 2')
    expect(regels()[0]?.textContent).toMatch(/\d+ \w+ \d{4} om \d\d:\d\d/)
    const geweigerd = regels()[2]?.textContent ?? ''
    expect(geweigerd).toContain('Bekeken (3 keer)')
    expect(geweigerd).toContain('Geweigerd: viel buiten de machtiging')
    expect(queryAllByRole(document.body, 'navigation')).toEqual([])
    await expectNoAxeViolations(document.body)
  })

  it('pages through the URL, with focus on the results heading after a page change', async () => {
    pieterDeed(24)
    const { router } = await render()
    expect(regels()).toHaveLength(20)
    expect(document.querySelector('h2')?.textContent).toBe('Wat er namens u is gedaan, pagina 1 van 2')
    const navigatie = getByRole(document.body, 'navigation', 'Paginering namens u gedaan')
    await expectNoAxeViolations(document.body)

    getByRole(navigatie, 'link', 'Pagina 2').click()
    await flushPromises()
    await vi.waitFor(() => expect(regels()).toHaveLength(5))
    expect(router.currentRoute.value.query).toEqual({ pagina: '2' })
    expect(document.activeElement?.textContent).toBe('Wat er namens u is gedaan, pagina 2 van 2')
  })

  it('says when nobody did anything on her behalf', async () => {
    await render()
    expect(document.body.textContent).toContain('Niemand heeft namens u iets gedaan.')
    await expectNoAxeViolations(document.body)
  })

  it('says when the list cannot be fetched, with a retry', async () => {
    server.use(http.get('*/api/machtigingen/handelingen', () => HttpResponse.json({ title: 'Storing' }, { status: 500 })))
    await render()
    await vi.waitFor(() => expect(queryAllByRole(document.body, 'button', 'Probeer opnieuw')).toHaveLength(1))
    await expectNoAxeViolations(document.body)
  })
})
