import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, ref, type Ref } from 'vue'
import { createTestI18n } from '@/test/i18n'
import { useErrorTitle } from './use-error-title'

function formWithErrors(active: Ref<boolean>) {
  const Form = defineComponent({
    setup() {
      useErrorTitle(active)
      return () => null
    },
  })
  return mount(Form, { global: { plugins: [createTestI18n()] } })
}

describe('useErrorTitle', () => {
  afterEach(() => {
    document.title = ''
  })

  it('prefixes the title while there are errors, and only once', async () => {
    document.title = 'Instellingen - Mijn Overheid'
    const active = ref(true)
    const wrapper = formWithErrors(active)
    expect(document.title).toBe('Fout: Instellingen - Mijn Overheid')
    active.value = false
    await wrapper.vm.$nextTick()
    expect(document.title).toBe('Instellingen - Mijn Overheid')
    active.value = true
    await wrapper.vm.$nextTick()
    active.value = false
    await wrapper.vm.$nextTick()
    active.value = true
    await wrapper.vm.$nextTick()
    expect(document.title).toBe('Fout: Instellingen - Mijn Overheid')
    wrapper.unmount()
  })

  it('removes the prefix when the form goes away with its errors', () => {
    document.title = 'Instellingen - Mijn Overheid'
    formWithErrors(ref(true)).unmount()
    expect(document.title).toBe('Instellingen - Mijn Overheid')
  })

  it('two forms with errors: the prefix stays until the last one is fixed', async () => {
    document.title = 'Instellingen - Mijn Overheid'
    const first = ref(true)
    const second = ref(true)
    const a = formWithErrors(first)
    const b = formWithErrors(second)
    expect(document.title).toBe('Fout: Instellingen - Mijn Overheid')
    first.value = false
    await a.vm.$nextTick()
    expect(document.title).toBe('Fout: Instellingen - Mijn Overheid')
    b.unmount()
    expect(document.title).toBe('Instellingen - Mijn Overheid')
    a.unmount()
  })

  it('a title set by navigation in the meantime is kept, without a stale prefix', async () => {
    document.title = 'Instellingen - Mijn Overheid'
    const active = ref(true)
    const wrapper = formWithErrors(active)
    document.title = 'Berichten - Mijn Overheid'
    active.value = false
    await wrapper.vm.$nextTick()
    expect(document.title).toBe('Berichten - Mijn Overheid')
    wrapper.unmount()
  })
})
