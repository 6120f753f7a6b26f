import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { createStages, RENDER_IN_STAGES, useDrawingStage } from './staged-render'

const Page = defineComponent({
  setup() {
    const stage = useDrawingStage(3)
    return () => h('div', [h('header', 'Kop'), stage.value >= 2 ? h('main', 'Inhoud') : null, stage.value >= 3 ? h('footer', 'Voet') : null])
  },
})

describe('drawing the first page in stages', () => {
  it('draws one stage per task, and says when the last one is drawn', async () => {
    const stages = createStages()
    let drawn = false
    void stages.drawn.then(() => (drawn = true))
    const wrapper = mount(Page, { global: { provide: { [RENDER_IN_STAGES as symbol]: stages } } })
    expect(wrapper.find('header').exists()).toBe(true)
    expect(wrapper.find('main').exists()).toBe(false)
    await stages.drawn
    expect(drawn).toBe(true)
    expect(wrapper.find('main').text()).toBe('Inhoud')
    expect(wrapper.find('footer').text()).toBe('Voet')
  })

  it('draws everything at once when it takes over a prerendered page', () => {
    const wrapper = mount(Page)
    expect(wrapper.find('main').exists()).toBe(true)
    expect(wrapper.find('footer').exists()).toBe(true)
  })
})
