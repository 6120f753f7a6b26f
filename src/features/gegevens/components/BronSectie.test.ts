import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/shared/http'
import { useNamensStore } from '@/shared/namens/namens.store'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole } from '@/test/by-role'
import type { GegevensSectie } from '../use-gegevens-secties'
import BronSectie from './BronSectie.vue'

const bron = { organisatie: 'DUO', telefoon: '050 599 7755', website: 'https://duo.nl', bijgewerktOp: '2026-11-03T09:00:00Z' }
const sectie = (overrides: Partial<GegevensSectie>): GegevensSectie => ({
  id: 'diplomas',
  titel: 'Diploma’s (DUO)',
  bron,
  blokken: [{ id: 'd', titel: 'Verpleegkunde', regels: [{ gegeven: 'opleiding', label: 'Opleiding', waarde: 'Verpleegkunde', bron: 'duo' }] }],
  leeg: 'DUO heeft geen diploma’s van u geregistreerd.',
  contact: null,
  geladen: true,
  loading: false,
  error: null,
  busy: undefined,
  reload: async () => {},
  ...overrides,
})

describe('BronSectie', () => {
  it('is a region named by its heading, with the source and the values', async () => {
    const { global } = await createAppContext()
    const wrapper = mount(BronSectie, { props: { sectie: sectie({}) }, global, attachTo: document.body })
    const regio = wrapper.get('section')
    expect(document.getElementById(regio.attributes('aria-labelledby') ?? '')?.textContent).toBe('Diploma’s (DUO)')
    expect(regio.text()).toContain('Verpleegkunde')
    expect(regio.text()).toContain('050 599 7755')
    await expectNoAxeViolations(document.body)
  })

  it('says so when the source has nothing on the person', async () => {
    const { global } = await createAppContext()
    const wrapper = mount(BronSectie, { props: { sectie: sectie({ blokken: [] }) }, global, attachTo: document.body })
    expect(wrapper.text()).toContain('DUO heeft geen diploma’s van u geregistreerd.')
    await expectNoAxeViolations(document.body)
  })

  it('shows the loading state, busy for assistive technology', async () => {
    const { global } = await createAppContext()
    const wrapper = mount(BronSectie, { props: { sectie: sectie({ geladen: false, bron: null, blokken: [], loading: true, busy: 'true' }) }, global, attachTo: document.body })
    expect(wrapper.get('section').attributes('aria-busy')).toBe('true')
    expect(wrapper.text()).toContain('Gegevens worden geladen')
    await expectNoAxeViolations(document.body)
  })

  it('shows its own problem with "Probeer opnieuw" when the source is down', async () => {
    const { global } = await createAppContext()
    const reload = vi.fn(async () => {})
    const fout = new ApiError('server', { status: 503 })
    mount(BronSectie, { props: { sectie: sectie({ geladen: false, error: fout, reload }) }, global, attachTo: document.body })
    expect(getByRole(document.body, 'alert').textContent).not.toBe('')
    getByRole(document.body, 'button', 'Probeer opnieuw').click()
    expect(reload).toHaveBeenCalledOnce()
    await expectNoAxeViolations(document.body)
  })
})

it('tells a gemachtigde whose machtiging was revoked why, with the way back and without a retry', async () => {
  const { global, pinia } = await createAppContext({ persoon: 'pieterVoorAnna' })
  useNamensStore(pinia).begin('999990032')
  const fout = new ApiError('forbidden', { status: 403, problem: { code: 'buiten-machtiging', reden: 'ingetrokken' } })
  mount(BronSectie, { props: { sectie: sectie({ geladen: false, error: fout }) }, global, attachTo: document.body })
  // Its own words (they come with the namens banner), not "we cannot fetch your diplomas from DUO now".
  expect(document.body.textContent).not.toContain('nu niet ophalen')
  expect(getByRole(document.body, 'button', 'Terug naar uw eigen zaken')).toBeDefined()
  expect(queryAllByRole(document.body, 'button', 'Probeer opnieuw')).toHaveLength(0)
  await expectNoAxeViolations(document.body)
})

it('names the source in its problem, keeps its contact, and offers a retry also for a 404', async () => {
  const { global } = await createAppContext()
  const contact = { organisatie: 'DUO', telefoon: '050 599 7755', website: 'https://duo.nl' }
  mount(BronSectie, { props: { sectie: sectie({ geladen: false, error: new ApiError('not-found', { status: 404 }), contact }) }, global, attachTo: document.body })
  expect(getByRole(document.body, 'heading', 'We kunnen uw diploma’s bij DUO nu niet ophalen.')).toBeDefined()
  expect(getByRole(document.body, 'button', 'Probeer opnieuw')).toBeDefined()
  expect(getByRole(document.body, 'link', 'Bel 050 599 7755')).toBeDefined()
  await expectNoAxeViolations(document.body)
})
