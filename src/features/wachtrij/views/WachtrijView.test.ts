import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { outbox, putInOutbox } from '@/shared/outbox/outbox'
import { laatsteRonde } from '@/shared/outbox/outbox-meldingen'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole } from '@/test/by-role'
import { wachtrijMessages } from '../wachtrij.messages'
import WachtrijView from './WachtrijView.vue'

const FATIMA = '999990019'
const entry = (id: string, titel: string, extra: object = {}) => ({
  id,
  eigenaar: FATIMA,
  soort: 'bericht',
  titel,
  methode: 'PATCH' as const,
  pad: `/berichten/${id}`,
  body: { map: 'archief' },
  sleutel: id,
  ...extra,
})

beforeEach(() => {
  window.localStorage.clear()
  outbox.value = []
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
})
afterEach(() => vi.restoreAllMocks())

async function render() {
  const context = await createAppContext({ route: '/wacht-op-verbinding', persoon: 'fatima', messages: [wachtrijMessages] })
  return mount(WachtrijView, { global: context.global, attachTo: document.body })
}

it('lists what waits, in order, and what was refused with its reason; only her own, not what she did for someone else', async () => {
  putInOutbox(entry('a', 'Archiveren: Uw aanslag 2026'))
  putInOutbox(entry('b', 'Verwijderen: Afspraak paspoort'))
  putInOutbox(entry('c', 'Archiveren: brief van moeder', { namens: '999990032' }))
  putInOutbox(entry('d', 'Markeer als ongelezen: Oude brief'))
  outbox.value = outbox.value.map((kandidaat) =>
    kandidaat.id === 'd' ? { ...kandidaat, status: 'geweigerd', probleem: { title: 'Niet gevonden', status: 404, detail: 'Dit bericht bestaat niet (meer).' } } : kandidaat,
  )
  laatsteRonde.value = { verstuurd: 1, geweigerd: 1 }
  const wrapper = await render()
  await flushPromises()
  const wacht = getByRole(wrapper.element.parentElement as HTMLElement, 'region', 'Wacht nog')
  expect(queryAllByRole(wacht, 'listitem').map((item) => item.querySelector('strong')?.textContent)).toEqual([
    'Archiveren: Uw aanslag 2026',
    'Verwijderen: Afspraak paspoort',
  ])
  const nietGelukt = getByRole(wrapper.element.parentElement as HTMLElement, 'region', 'Niet gelukt')
  expect(nietGelukt.textContent).toContain('Reden: Dit bericht bestaat niet (meer).')
  // Opening the list means she has seen the outcome.
  expect(laatsteRonde.value).toBeNull()
  await expectNoAxeViolations(document.body)
  wrapper.unmount()
})

it('"Niet versturen" takes it out, says so, and puts focus on the heading', async () => {
  putInOutbox(entry('a', 'Archiveren: Uw aanslag 2026'))
  const wrapper = await render()
  await flushPromises()
  const knop = queryAllByRole(document.body, 'button', 'Niet versturen')[0]
  expect(knop?.getAttribute('aria-describedby')).toBe('wachtrij-a')
  knop?.click()
  await flushPromises()
  expect(outbox.value).toEqual([])
  expect(getByRole(document.body, 'status').textContent).toContain('Dit wordt niet verstuurd: Archiveren: Uw aanslag 2026')
  expect(document.activeElement).toBe(getByRole(document.body, 'heading', 'Wacht op verbinding'))
  expect(document.body.textContent).toContain('Er wacht niets.')
  wrapper.unmount()
})
