import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { ingediend } from '../../../../mocks/handlers/mfo/test-server'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import { mfoContext, useMfoServer } from '../mfo.test-context'
import VerzoekenView from './VerzoekenView.vue'

useMfoServer()

async function render() {
  const { global } = await mfoContext('/correctieverzoeken')
  const wrapper = mount(VerzoekenView, { global, attachTo: document.body })
  await flushPromises()
  return wrapper
}

describe('VerzoekenView', () => {
  it('says plainly when there are none, and offers a new one', async () => {
    const wrapper = await render()
    expect(wrapper.text()).toContain('U heeft nog geen correctieverzoeken.')
    expect(getByRole(document.body, 'link', 'Een nieuwe fout melden').getAttribute('href')).toBe('/correctieverzoek')
    await expectNoAxeViolations(wrapper.element)
    wrapper.unmount()
  })

  it('lists each request by its value, with its reference and status', async () => {
    const verzoek = await ingediend()
    const wrapper = await render()
    const link = getByRole(document.body, 'link', /^Achternaam van Yusuf El Amarni/)
    expect(link.getAttribute('href')).toBe(`/correctieverzoeken/${verzoek.id}`)
    expect(wrapper.text()).toContain(`${verzoek.referentie} · Ontvangen`)
    await expectNoAxeViolations(wrapper.element)
    wrapper.unmount()
  })
})
