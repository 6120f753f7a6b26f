import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import SchermOpenenView from './SchermOpenenView.vue'

afterEach(() => {
  vi.unstubAllGlobals()
  document.documentElement.removeAttribute('data-scherm-fout')
  document.body.innerHTML = ''
})

describe('Scherm klaarzetten', () => {
  it('says so when a screen is not in the overview', async () => {
    const { global } = await createAppContext({ route: '/schermen/bestaat-niet', persoon: null })
    const wrapper = mount(SchermOpenenView, { global, props: { id: 'bestaat-niet' }, attachTo: document.body })
    await flushPromises()
    expect(wrapper.get('[role="status"]').text()).toBe('Dit scherm bestaat niet in het overzicht.')
    await expectNoAxeViolations(document.body)
  })

  it('says what went wrong, for the tester and the audit, when the mocks are off', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 404 })))
    const { global } = await createAppContext({ route: '/schermen/privacy', persoon: null })
    const wrapper = mount(SchermOpenenView, { global, props: { id: 'privacy' }, attachTo: document.body })
    await flushPromises()
    expect(wrapper.get('[role="status"]').text()).toContain('Het scherm klaarzetten is niet gelukt: De testbesturing (/__mock) antwoordt niet')
    expect(document.documentElement.getAttribute('data-scherm-fout')).toContain('de mocks staan uit')
    await expectNoAxeViolations(document.body)
  })
})
