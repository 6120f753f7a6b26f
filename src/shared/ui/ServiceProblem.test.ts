import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { expect, it, vi } from 'vitest'
import { ApiError } from '@/shared/http'
import { useNamensStore } from '@/shared/namens/namens.store'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole } from '@/test/by-role'
import { createTestI18n } from '@/test/i18n'
import ServiceProblem from './ServiceProblem.vue'

const render = (error: unknown, busy = false, pinia = createPinia()) =>
  mount(ServiceProblem, { props: { error, busy }, global: { plugins: [createTestI18n(), pinia] }, attachTo: document.body })

it('says the service has a problem, and offers to try again when that can help', async () => {
  const wrapper = render(new ApiError('server', { status: 503 }))
  const alert = getByRole(document.body, 'alert')
  expect(alert.textContent).toContain('Er is een probleem met de dienst')
  getByRole(alert, 'button', 'Probeer opnieuw').click()
  expect(wrapper.emitted('retry')).toHaveLength(1)
  await expectNoAxeViolations(wrapper.element)
  wrapper.unmount()
})

it('shows that a retry is under way', async () => {
  const wrapper = render(new ApiError('server', { status: 503 }), true)
  expect(getByRole(document.body, 'button', 'Probeer opnieuw').getAttribute('aria-busy')).toBe('true')
  wrapper.unmount()
})

it('offers no retry when trying again cannot help', () => {
  const wrapper = render(new ApiError('not-found', { status: 404 }))
  expect(queryAllByRole(document.body, 'button')).toEqual([])
  wrapper.unmount()
})

it('names what failed when asked, so two problems on one page do not sound the same', async () => {
  const wrapper = mount(ServiceProblem, {
    props: { error: new ApiError('server', { status: 503 }), title: 'We kunnen uw voertuigen nu niet ophalen.' },
    global: { plugins: [createTestI18n()] },
    attachTo: document.body,
  })
  expect(getByRole(document.body, 'heading', 'We kunnen uw voertuigen nu niet ophalen.')).toBeDefined()
  expect(getByRole(document.body, 'button', 'Probeer opnieuw')).toBeDefined()
  await expectNoAxeViolations(wrapper.element)
  wrapper.unmount()
})

it('offers someone acting for another the way back to their own affairs when the machtiging does not cover it', async () => {
  const pinia = createPinia()
  setActivePinia(pinia)
  const namens = useNamensStore()
  const stoppen = vi.fn(() => Promise.resolve())
  namens.gebruikStoppen(stoppen)
  const buiten = new ApiError('forbidden', { status: 403, problem: { code: 'buiten-machtiging', reden: 'buiten-bereik' } })
  const eigen = render(buiten, false, pinia)
  // Acting for oneself there is nothing to go back to.
  expect(queryAllByRole(document.body, 'button')).toEqual([])
  eigen.unmount()
  namens.begin('999990032')
  const wrapper = render(buiten, false, pinia)
  const alert = getByRole(document.body, 'alert')
  expect(getByRole(alert, 'heading').textContent).toBe('http.errors.outsideMachtiging.notCovered.title')
  expect(queryAllByRole(alert, 'button', 'Probeer opnieuw')).toEqual([])
  getByRole(alert, 'button', 'Terug naar uw eigen zaken').click()
  await flushPromises()
  expect(stoppen).toHaveBeenCalledOnce()
  await expectNoAxeViolations(wrapper.element)
  wrapper.unmount()
})
