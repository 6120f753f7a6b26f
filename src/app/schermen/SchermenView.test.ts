import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { SCHERMEN } from './schermen'
import SchermenView from './SchermenView.vue'

function mockServer(mocksAan: boolean) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () =>
      mocksAan ? new Response(JSON.stringify({ now: '2026-12-02T10:00:00Z' }), { headers: { 'content-type': 'application/json' } }) : new Response(null, { status: 404 }),
    ),
  )
}

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('Overzicht van schermen', () => {
  it('links to every screen in every state, grouped, when the mocks are on', async () => {
    mockServer(true)
    const { global } = await createAppContext({ route: '/schermen', persoon: null })
    const wrapper = mount(SchermenView, { global, attachTo: document.body })
    await flushPromises()
    const links = wrapper.findAll('a')
    expect(links).toHaveLength(SCHERMEN.length)
    expect(wrapper.find('a[href="/schermen/berichten-fout"]').text()).toBe('Berichtenbox: met een storing')
    expect(wrapper.findAll('h2').map((kop) => kop.text())).toContain('Machtigingen')
    await expectNoAxeViolations(document.body)
  })

  it('offers nothing, and says why, when the mocks are off', async () => {
    mockServer(false)
    const { global } = await createAppContext({ route: '/schermen', persoon: null })
    const wrapper = mount(SchermenView, { global, attachTo: document.body })
    await flushPromises()
    expect(wrapper.findAll('a')).toHaveLength(0)
    expect(wrapper.get('[role="status"]').text()).toBe('Dit overzicht is er alleen als de mocks aan staan. Hier staan ze uit.')
    await expectNoAxeViolations(document.body)
  })
})
