import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { testVoertuigen } from '../gegevens.fixtures'
import ApkWaarschuwingen from './ApkWaarschuwingen.vue'

const dagOver = (dagen: number) => new Date(Date.now() + dagen * 86_400_000).toISOString().slice(0, 10)

it('warns ahead of the APK expiry, with the days left', async () => {
  const { global } = await createAppContext()
  const wrapper = mount(ApkWaarschuwingen, { props: { voertuigen: testVoertuigen(dagOver(20)) }, global, attachTo: document.body })
  expect(wrapper.get('.utrecht-alert--warning').text()).toMatch(/^Let op: de APK van GZ-123-X verloopt over (19|20) dagen/)
  await expectNoAxeViolations(document.body)
})

it('says the vehicle may not be driven once the APK has expired, and nothing when it is far off', async () => {
  const { global } = await createAppContext()
  const verlopen = mount(ApkWaarschuwingen, { props: { voertuigen: testVoertuigen(dagOver(-3)) }, global, attachTo: document.body })
  expect(verlopen.get('.utrecht-alert--error').text()).toContain('U mag niet met dit voertuig rijden')
  await expectNoAxeViolations(document.body)
  const ver = mount(ApkWaarschuwingen, { props: { voertuigen: testVoertuigen(dagOver(300)) }, global })
  expect(ver.find('.utrecht-alert').exists()).toBe(false)
})
