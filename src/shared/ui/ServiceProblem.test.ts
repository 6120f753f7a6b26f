import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { ApiError } from '@/shared/http'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole } from '@/test/by-role'
import { createTestI18n } from '@/test/i18n'
import ServiceProblem from './ServiceProblem.vue'

const render = (error: unknown, busy = false) =>
  mount(ServiceProblem, { props: { error, busy }, global: { plugins: [createTestI18n()] }, attachTo: document.body })

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
