import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { laatstBijgewerkt, opslagProbleem } from '@/shared/offline/offline-status'
import { laatsteRonde, meldRonde } from '@/shared/outbox/outbox-meldingen'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole } from '@/test/by-role'
import ConnectionStatus from './ConnectionStatus.vue'

beforeEach(() => {
  laatsteRonde.value = null
  laatstBijgewerkt.value = null
  opslagProbleem.value = null
})
afterEach(() => vi.restoreAllMocks())

async function render() {
  const context = await createAppContext({ route: '/' })
  const wrapper = mount(ConnectionStatus, { global: context.global, attachTo: document.body })
  return { wrapper, regio: getByRole(wrapper.element.parentElement as HTMLElement, 'status') }
}

it('says in one status region, present all along, when the connection goes (since when, data from when) and comes back', async () => {
  const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true)
  const { regio } = await render()
  expect(regio.textContent?.trim()).toBe('')

  laatstBijgewerkt.value = Date.parse('2026-12-01T13:50:00Z')
  online.mockReturnValue(false)
  window.dispatchEvent(new Event('offline'))
  await nextTick()
  expect(regio.textContent).toMatch(/U bent offline sinds .+\./)
  expect(regio.textContent).toContain('bijgewerkt tot 1 december 2026 om 14:50')
  await expectNoAxeViolations(document.body)

  online.mockReturnValue(true)
  window.dispatchEvent(new Event('online'))
  await nextTick()
  expect(regio.textContent).not.toContain('U bent offline')
  // It does not go by itself.
  await new Promise((resolve) => setTimeout(resolve, 50))
  expect(regio.textContent).toContain('U bent weer online.')
})

it('says what was sent and what could not be done, in the same region, until she closes it', async () => {
  const { wrapper, regio } = await render()
  meldRonde(3, 1)
  await nextTick()
  expect(regio.textContent).toContain('Wat u offline deed, is verstuurd: 3 acties.')
  expect(regio.textContent).toContain('1 actie kon niet worden uitgevoerd.')
  expect(getByRole(document.body, 'link', 'Bekijk wat er wacht of niet lukte').getAttribute('href')).toBe('/wacht-op-verbinding')
  // The controls are outside the live region, so a change reads only the words; "Sluiten" says what it closes.
  expect(queryAllByRole(regio, 'button')).toEqual([])
  const sluiten = getByRole(document.body, 'button', 'Sluiten')
  expect(sluiten.getAttribute('aria-describedby')).toBe('connection-status-ronde')
  await expectNoAxeViolations(document.body)
  const inhoud = document.createElement('main')
  inhoud.id = 'inhoud'
  inhoud.tabIndex = -1
  document.body.append(inhoud)
  sluiten.click()
  await nextTick()
  expect(regio.textContent?.trim()).toBe('')
  expect(document.activeElement).toBe(inhoud)
  inhoud.remove()
  expect(queryAllByRole(wrapper.element.parentElement as HTMLElement, 'status')).toHaveLength(1)
})

it('tells when the device cannot keep data for offline use', async () => {
  const { regio } = await render()
  opslagProbleem.value = 'vol'
  await nextTick()
  expect(regio.textContent).toContain('Dit apparaat heeft geen ruimte meer')
})
