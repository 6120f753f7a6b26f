import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { RENDER_IN_STAGES, useAfterFirstScreen } from './staged-render'

const Page = defineComponent({
  setup() {
    const later = useAfterFirstScreen()
    return () => h('div', [h('h1', 'Overzicht'), later.value ? h('footer', 'Voet') : null])
  },
})

describe('drawing the first screen in stages', () => {
  it('draws the rest a task after the first screen', async () => {
    const wrapper = mount(Page, { global: { provide: { [RENDER_IN_STAGES as symbol]: true } } })
    expect(wrapper.find('h1').exists()).toBe(true)
    expect(wrapper.find('footer').exists()).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 0))
    await nextTick()
    expect(wrapper.find('footer').text()).toBe('Voet')
  })

  it('draws everything at once when it takes over a prerendered page', () => {
    expect(mount(Page).find('footer').exists()).toBe(true)
  })
})
