import { defineAsyncComponent, type Component } from 'vue'
import { yieldToMain } from '../time/yield-to-main'

/**
 * A component whose code loads when it is first drawn, like `defineAsyncComponent`, but asked for in a task of its
 * own: the page that draws it is not held up by the bookkeeping of the import (preload links, its stylesheet).
 */
export function lazyComponent(load: () => Promise<Component | { default: Component }>): Component {
  return defineAsyncComponent(async () => {
    await yieldToMain()
    return load()
  })
}
