import { mount } from '@vue/test-utils'
import { afterEach, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import SessionTimeout from './SessionTimeout.vue'

afterEach(() => vi.useRealTimers())

it('warns in a modal dialog after 13 idle minutes, counted from the start of the session', async () => {
  const { global } = await createAppContext()
  vi.useFakeTimers()
  const wrapper = mount(SessionTimeout, { props: { sinds: Date.now() - 13 * 60_000 }, global, attachTo: document.body })
  expect(document.querySelector('dialog[open]')).toBeNull()
  await vi.advanceTimersByTimeAsync(1000)
  await nextTick()
  const dialoog = getByRole(document.body, 'dialog', 'U wordt bijna uitgelogd')
  expect(dialoog.hasAttribute('open')).toBe(true)
  expect(dialoog.textContent).toContain('Nog 1 min 59 sec.')
  vi.useRealTimers() // axe-core waits on real timers
  await expectNoAxeViolations(dialoog)
  wrapper.unmount()
})

it('shows no warning while the person was active recently', async () => {
  const { global } = await createAppContext()
  vi.useFakeTimers()
  const wrapper = mount(SessionTimeout, { props: { sinds: Date.now() - 60_000 }, global, attachTo: document.body })
  await vi.advanceTimersByTimeAsync(5000)
  expect(document.querySelector('dialog[open]')).toBeNull()
  vi.useRealTimers()
  await expectNoAxeViolations(document.body)
  wrapper.unmount()
})
