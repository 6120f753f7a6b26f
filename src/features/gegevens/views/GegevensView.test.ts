import { flushPromises, mount } from '@vue/test-utils'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { useGegevensServer } from '../../../../mocks/handlers/gegevens/test-server'
import { createAppContext, type TestPersoon } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole } from '@/test/by-role'
import GegevensView from './GegevensView.vue'

const server = useGegevensServer()

async function render(persoon: TestPersoon = 'fatima') {
  const { global } = await createAppContext({ route: '/gegevens', persoon })
  const wrapper = mount(GegevensView, { global, attachTo: document.body })
  await flushPromises()
  await new Promise((resolve) => setTimeout(resolve, 0))
  await flushPromises()
  return wrapper
}

const regio = (naam: string | RegExp) => getByRole(document.body, 'region', naam)

describe('GegevensView', () => {
  it('shows every source in its own region, with its source organisation, and the child under gezag', async () => {
    await render()
    expect(regio('Basisregistratie Personen (BRP)').textContent).toContain('Oudegracht 128')
    expect(regio('Basisregistratie Personen (BRP)').textContent).toContain('Gemeente Utrecht')
    expect(regio('Uw kind Yusuf').textContent).toContain('El Amarni')
    expect(regio('Voertuigen (RDW)').textContent).toMatch(/de APK van .+ verloopt over \d+ dagen/)
    expect(regio('Huis en WOZ-waarde (Kadaster)').textContent).toContain('WOZ-waarde per jaar')
    expect(regio('Diploma’s (DUO)').textContent).toContain('DUO')
    expect(regio('Inkomen (Belastingdienst)').textContent).toContain('nog niet definitief')
    expect(queryAllByRole(document.body, 'link', /^Klopt dit niet\?/).length).toBeGreaterThan(10)
    await expectNoAxeViolations(document.body)
  })

  it('keeps the rest of the page when one source is down, and that source retries on its own', async () => {
    server.use(http.get('*/api/rdw/voertuigen', () => HttpResponse.json({ title: 'Storing' }, { status: 503 }), { once: false }))
    await render()
    const voertuigen = regio('Voertuigen (RDW)')
    expect(getByRole(voertuigen, 'alert').textContent).not.toBe('')
    expect(regio('Diploma’s (DUO)').textContent).toContain('DUO')
    await expectNoAxeViolations(document.body)

    server.resetHandlers()
    getByRole(voertuigen, 'button', 'Probeer opnieuw').click()
    await flushPromises()
    await new Promise((resolve) => setTimeout(resolve, 0))
    await flushPromises()
    expect(queryAllByRole(regio('Voertuigen (RDW)'), 'alert')).toHaveLength(0)
    expect(regio('Voertuigen (RDW)').textContent).toContain('Kenteken')
  })

  it('says "could not read" for a source that answers in the wrong shape', async () => {
    server.use(http.get('*/api/duo/diplomas', () => HttpResponse.json({ diplomas: 'geen lijst' })))
    await render()
    expect(getByRole(regio('Diploma’s (DUO)'), 'alert').textContent).toContain('niet goed lezen')
    expect(regio('Inkomen (Belastingdienst)').textContent).toContain('Belastingdienst')
  })

  it('still shows the BRP data when only the address history fails, and says what is missing', async () => {
    server.use(http.post('*/api/brp/verblijfplaatshistorie', () => HttpResponse.json({ title: 'Storing' }, { status: 500 })))
    await render()
    const brp = regio('Basisregistratie Personen (BRP)')
    expect(brp.textContent).toContain('Oudegracht 128')
    expect(brp.textContent).toContain('Uw eerdere adressen konden we nu niet ophalen.')
    expect(queryAllByRole(brp, 'alert')).toHaveLength(0)
  })

  it('gives Noor her BRP data and a clear empty state for every other source', async () => {
    await render('noor')
    expect(regio('Basisregistratie Personen (BRP)').textContent).toContain('Visser')
    expect(regio('Voertuigen (RDW)').textContent).toContain('Er staat geen voertuig op uw naam.')
    expect(regio('Huis en WOZ-waarde (Kadaster)').textContent).toContain('niet ingeschreven als eigenaar')
    expect(regio('Diploma’s (DUO)').textContent).toContain('DUO heeft geen diploma’s van u geregistreerd.')
    expect(regio('Inkomen (Belastingdienst)').textContent).toContain('geen inkomen van u geregistreerd')
    expect(queryAllByRole(document.body, 'region', /^Uw kind/)).toHaveLength(0)
    await expectNoAxeViolations(document.body)
  })
})
