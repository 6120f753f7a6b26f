import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, nextTick, ref } from 'vue'
import { expectNoAxeViolations } from '@/test/axe'
import { descriptionOf, getByRole } from '@/test/by-role'
import { createTestI18n } from '@/test/i18n'
import TextareaField from './TextareaField.vue'
import { ANNOUNCE_AFTER_MS } from './use-character-count'

/** The field as a form uses it: bound with v-model, so typing updates the count. */
function render({ modelValue = '', ...props }: { maxLength?: number; error?: string | null; modelValue?: string } = {}) {
  const Form = defineComponent({
    components: { TextareaField },
    setup: () => ({ text: ref(modelValue), props }),
    template: '<TextareaField v-model="text" label="Uw vraag" description="Schrijf zo duidelijk mogelijk." v-bind="props" />',
  })
  return mount(Form, { global: { plugins: [createTestI18n()] }, attachTo: document.body })
}

const visibleCount = () => document.querySelector('[aria-hidden="true"]')?.textContent?.trim()
const liveRegion = () => document.querySelector('[aria-live="polite"]')

describe('TextareaField', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('is a labelled text area; the hint, the error and the limit describe it', async () => {
    const wrapper = render({ maxLength: 20, error: 'Vul uw vraag in.' })
    const area = getByRole(document.body, 'textbox', 'Uw vraag')
    expect(area.tagName).toBe('TEXTAREA')
    expect(area.getAttribute('aria-invalid')).toBe('true')
    expect(descriptionOf(area)).toBe('Schrijf zo duidelijk mogelijk. Fout: Vul uw vraag in. U kunt maximaal 20 tekens invullen.')
    // No maxlength: people may paste a long text and then shorten it.
    expect(area.hasAttribute('maxlength')).toBe(false)
    vi.useRealTimers()
    await expectNoAxeViolations(document.body)
    wrapper.unmount()
  })

  it('counts down as the person types, and says how many are too many', async () => {
    const wrapper = render({ maxLength: 10 })
    expect(visibleCount()).toBe('U heeft nog 10 tekens')
    await wrapper.get('textarea').setValue('Hallo')
    expect(visibleCount()).toBe('U heeft nog 5 tekens')
    await wrapper.get('textarea').setValue('123456789')
    expect(visibleCount()).toBe('U heeft nog 1 teken')
    await wrapper.get('textarea').setValue('Dit is te lang')
    expect(visibleCount()).toBe('U heeft 4 tekens te veel')
    expect(document.querySelector('.textarea-field__count--over')).not.toBeNull()
    wrapper.unmount()
  })

  it('tells a screen reader the count once typing pauses, not on every key', async () => {
    const wrapper = render({ maxLength: 10 })
    expect(liveRegion()?.textContent).toBe('')
    for (const text of ['H', 'Ha', 'Hal']) {
      await wrapper.get('textarea').setValue(text)
      vi.advanceTimersByTime(ANNOUNCE_AFTER_MS / 2)
      await nextTick()
      expect(liveRegion()?.textContent).toBe('')
    }
    vi.advanceTimersByTime(ANNOUNCE_AFTER_MS)
    await nextTick()
    expect(liveRegion()?.textContent).toBe('U heeft nog 7 tekens')
    wrapper.unmount()
  })

  it('counts an emoji as one character', async () => {
    const wrapper = render({ maxLength: 5, modelValue: 'café👍' })
    expect(visibleCount()).toBe('U heeft nog 0 tekens')
    wrapper.unmount()
  })

  it('without a limit there is no count', () => {
    const wrapper = render()
    expect(liveRegion()).toBeNull()
    wrapper.unmount()
  })
})
