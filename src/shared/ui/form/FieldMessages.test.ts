import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test/axe'
import { createTestI18n } from '@/test/i18n'
import FieldMessages from './FieldMessages.vue'

describe('FieldMessages', () => {
  it('shows the hint and the error under their ids, the error marked as an error for screen readers', async () => {
    const wrapper = mount(FieldMessages, {
      props: { descriptionId: 'hint', errorId: 'fout', description: 'Bijvoorbeeld: naam@voorbeeld.nl', error: 'Vul uw e-mailadres in.' },
      global: { plugins: [createTestI18n()] },
      attachTo: document.body,
    })
    expect(document.getElementById('hint')?.textContent?.trim()).toBe('Bijvoorbeeld: naam@voorbeeld.nl')
    expect(document.getElementById('fout')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Fout: Vul uw e-mailadres in.')
    expect(document.querySelector('#fout')?.classList).toContain('utrecht-form-field-error-message')
    await expectNoAxeViolations(document.body)
    wrapper.unmount()
  })

  it('renders nothing without a hint or an error', () => {
    const wrapper = mount(FieldMessages, {
      props: { descriptionId: 'hint', errorId: 'fout', error: null },
      global: { plugins: [createTestI18n()] },
      attachTo: document.body,
    })
    expect(document.querySelectorAll('p')).toHaveLength(0)
    wrapper.unmount()
  })
})
