import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import { lazyComponent } from './lazy-component'

describe('a lazily loaded component', () => {
  it('is not asked for while the page that draws it is drawn, and shows once it has loaded', async () => {
    let asked = 0
    const Lazy = lazyComponent(async () => {
      asked++
      return { render: () => h('p', 'Geladen') }
    })
    const wrapper = mount({ render: () => h('div', [h(Lazy)]) })
    expect(asked).toBe(0)
    await new Promise((resolve) => setTimeout(resolve, 0))
    await flushPromises()
    expect(asked).toBe(1)
    expect(wrapper.text()).toBe('Geladen')
  })
})
