import { flushPromises, mount } from '@vue/test-utils'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { backend } from '../../../../mocks/state/backend'
import { outbox } from '@/shared/outbox/outbox'
import { expectNoAxeViolations } from '@/test/axe'
import { descriptionOf, getByRole, queryAllByRole } from '@/test/by-role'
import { bewaarConcept, leegConcept, leesConcept, wisConcept } from '../correctie-concept'
import { achternaamYusuf, ingevuldConcept } from '../mfo.fixtures'
import { mfoContext, useMfoServer } from '../mfo.test-context'
import type { Stap } from '../correctie-stappen'
import CorrectieStapView from './CorrectieStapView.vue'

const server = useMfoServer()
const FATIMA = '999990019'
afterEach(() => {
  wisConcept()
  window.localStorage.clear()
  outbox.value = []
  vi.restoreAllMocks()
})

const body = () => document.body
async function render(stap: Stap, persoon: 'fatima' | 'fatimaSubstantieel' = 'fatimaSubstantieel') {
  const { global, router } = await mfoContext(`/correctieverzoek/${stap}`, persoon)
  const wrapper = mount(CorrectieStapView, { props: { stap }, global, attachTo: document.body })
  await flushPromises()
  return { router, wrapper }
}
const klik = async (naam: string | RegExp) => {
  getByRole(body(), 'button', naam).click()
  await flushPromises()
}
const foutenInSamenvatting = () => [...(document.querySelector('.error-summary')?.querySelectorAll('li') ?? [])].map((item) => item.textContent?.trim())

describe('CorrectieStapView', () => {
  it('step 1 shows what the request is about, checks on "Volgende" and puts every error in the summary and at its field', async () => {
    bewaarConcept(FATIMA, leegConcept(achternaamYusuf))
    const { wrapper } = await render('gegeven')
    expect(getByRole(body(), 'heading', 'Stap 1 van 6: Wat klopt er niet?')).toBeDefined()
    expect(getByRole(body(), 'region', 'Uw verzoek gaat over').textContent).toContain('El Amarni')
    await klik('Volgende')
    expect(foutenInSamenvatting()).toEqual(['Vul in wat er moet staan.', 'Leg uit wat er niet klopt.'])
    expect(document.activeElement?.classList.contains('error-summary')).toBe(true)
    const gewenst = getByRole(body(), 'textbox', 'Wat moet er staan bij Achternaam?')
    expect(gewenst.getAttribute('aria-invalid')).toBe('true')
    expect(descriptionOf(gewenst)).toContain('Vul in wat er moet staan.')
    await expectNoAxeViolations(body())
    wrapper.unmount()
  })

  it('the next step starts without the errors of the one before', async () => {
    bewaarConcept(FATIMA, leegConcept(achternaamYusuf))
    const { wrapper } = await render('gegeven')
    await klik('Volgende')
    expect(foutenInSamenvatting()).toHaveLength(2)
    await wrapper.setProps({ stap: 'contact' })
    await flushPromises()
    expect(foutenInSamenvatting()).toEqual([])
    wrapper.unmount()
  })

  it('a step asked for before the earlier ones are right sends her to the first that is not', async () => {
    bewaarConcept(FATIMA, leegConcept(achternaamYusuf))
    const { router, wrapper } = await render('bewijs')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('mfo-gegeven'))
    wrapper.unmount()
  })

  it('sends the request once all is right: the draft goes, the request and its zaak are there', async () => {
    bewaarConcept(FATIMA, ingevuldConcept())
    const { router, wrapper } = await render('controleren')
    expect(body().textContent).toContain('El Amrani')
    await klik('Verstuur uw verzoek')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('mfo-verzoek'))
    expect(leesConcept(FATIMA)).toBeNull()
    const [verzoek] = backend.mfo.lijst(FATIMA)
    expect(verzoek).toMatchObject({ gewensteWaarde: 'El Amrani', status: 'ontvangen' })
    expect(router.currentRoute.value.params.id).toBe(verzoek?.id)
    wrapper.unmount()
  })

  it('what the service refuses lands at its field, on its own step', async () => {
    bewaarConcept(FATIMA, ingevuldConcept())
    server.use(
      http.post('*/api/correctieverzoeken', () =>
        HttpResponse.json(
          { title: 'Ongeldige invoer', status: 422, invalidParams: [{ name: 'gewensteWaarde', code: 'gelijk', reason: 'Dit staat er nu al. Vul in wat er wel moet staan.' }] },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    const { router, wrapper } = await render('controleren')
    await klik('Verstuur uw verzoek')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('mfo-gegeven'))
    // The router keeps the one step component and gives it the new step, as in the app.
    await wrapper.setProps({ stap: 'gegeven' })
    await vi.waitFor(() => expect(foutenInSamenvatting()).toEqual(['Dit staat er nu al. Vul in wat er wel moet staan.']))
    expect(descriptionOf(getByRole(body(), 'textbox', 'Wat moet er staan bij Achternaam?'))).toContain('Dit staat er nu al.')
    expect(leesConcept(FATIMA)?.toelichting).toBe(ingevuldConcept().toelichting)
    wrapper.unmount()
  })

  it('offline, the request waits in the outbox and says so; changing it is closed until she stops that', async () => {
    bewaarConcept(FATIMA, ingevuldConcept())
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    const { wrapper } = await render('controleren')
    await klik('Verstuur uw verzoek')
    expect(getByRole(body(), 'status', /wordt verstuurd zodra u weer online bent/)).toBeDefined()
    expect(outbox.value.map((entry) => entry.status)).toEqual(['wacht'])
    // The send button is gone: focus is on what replaced it.
    expect(document.activeElement?.textContent?.trim()).toBe('Toch niet versturen')
    expect(queryAllByRole(body(), 'link', /^Wijzigen/)).toEqual([])
    expect(backend.mfo.lijst(FATIMA)).toEqual([])
    await expectNoAxeViolations(body())
    await klik('Toch niet versturen')
    expect(outbox.value).toEqual([])
    expect(getByRole(body(), 'status', 'Uw verzoek wordt niet verstuurd. U kunt het nog veranderen.')).toBeDefined()
    expect(document.activeElement?.textContent?.trim()).toBe('Verstuur uw verzoek')
    expect(queryAllByRole(body(), 'link', /^Wijzigen/).length).toBeGreaterThan(0)
    wrapper.unmount()
  })

  it('at DigiD Midden it offers the step-up instead of sending', async () => {
    bewaarConcept(FATIMA, ingevuldConcept())
    const { wrapper } = await render('controleren', 'fatima')
    await vi.waitFor(() => expect(getByRole(body(), 'button', 'Inloggen met DigiD Substantieel')).toBeDefined())
    expect(queryAllByRole(body(), 'button', 'Verstuur uw verzoek')).toEqual([])
    wrapper.unmount()
  })
})
