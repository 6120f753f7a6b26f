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

  it('without the mocks touches nothing: a logged-in person keeps her session and what she left on the device', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 404 })))
    const { global } = await createAppContext({ route: '/schermen/privacy', persoon: 'fatima' })
    window.localStorage.setItem('mo:outbox', '[]')
    const voor = { ...window.sessionStorage }
    const wrapper = mount(SchermOpenenView, { global, props: { id: 'privacy' }, attachTo: document.body })
    await flushPromises()
    expect(wrapper.get('[role="status"]').text()).toBe('Dit overzicht is er alleen als de mocks aan staan. Hier staan ze uit.')
    expect({ ...window.sessionStorage }).toEqual(voor)
    expect(window.localStorage.getItem('mo:outbox')).toBe('[]')
    expect(document.documentElement.getAttribute('data-scherm-fout')).toBe('de mocks staan uit')
    await expectNoAxeViolations(document.body)
  })

  it('opened by a link from elsewhere, asks first and resets nothing until the person presses the button', async () => {
    const fetch = vi.fn(async (_url: string) => new Response(JSON.stringify({ now: '2026-12-02T10:00:00Z' }), { headers: { 'content-type': 'application/json' } }))
    vi.stubGlobal('fetch', fetch)
    const { global } = await createAppContext({ route: '/schermen/privacy', persoon: null })
    const wrapper = mount(SchermOpenenView, { global, props: { id: 'privacy' }, attachTo: document.body })
    await flushPromises()
    expect(wrapper.get('button').text()).toBe('Zet dit scherm klaar')
    expect(fetch.mock.calls.map(([url]) => String(url))).toEqual(['/__mock/clock'])
    await expectNoAxeViolations(document.body)
  })
})
