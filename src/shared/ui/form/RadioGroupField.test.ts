import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test/axe'
import { descriptionOf, getByRole, queryAllByRole } from '@/test/by-role'
import { createTestI18n } from '@/test/i18n'
import RadioGroupField from './RadioGroupField.vue'

const options = [
  { value: 'post', label: 'Per post' },
  { value: 'email', label: 'Per e-mail', description: 'U krijgt een e-mail als er nieuwe post is.' },
]

function render(props: { error?: string | null; modelValue?: string | null } = {}) {
  return mount(RadioGroupField, {
    props: { id: 'kanaal', legend: 'Hoe wilt u post ontvangen?', description: 'Kies er één.', modelValue: null, options, ...props },
    global: { plugins: [createTestI18n()] },
    attachTo: document.body,
  })
}

describe('RadioGroupField', () => {
  it('is a group named by its question, with one radio button per choice', async () => {
    const wrapper = render()
    const group = getByRole(document.body, 'group', 'Hoe wilt u post ontvangen?')
    expect(descriptionOf(group)).toBe('Kies er één.')
    const radios = queryAllByRole(group, 'radio')
    expect(radios.map((radio) => radio.id)[0]).toBe('kanaal')
    expect(new Set(radios.map((radio) => radio.getAttribute('name'))).size).toBe(1)
    expect(descriptionOf(getByRole(group, 'radio', 'Per e-mail'))).toBe('U krijgt een e-mail als er nieuwe post is.')
    await expectNoAxeViolations(document.body)
    wrapper.unmount()
  })

  it('shows the chosen value and reports a new choice', async () => {
    const wrapper = render({ modelValue: 'post' })
    expect(wrapper.findAll('input').map((input) => input.element.checked)).toEqual([true, false])
    await wrapper.findAll('input')[1]?.setValue(true)
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual(['email'])
    wrapper.unmount()
  })

  it('with an error: the group says so, and every choice is marked invalid', async () => {
    const wrapper = render({ error: 'Kies hoe u post wilt ontvangen.' })
    const group = getByRole(document.body, 'group', 'Hoe wilt u post ontvangen?')
    expect(descriptionOf(group)).toBe('Kies er één. Fout: Kies hoe u post wilt ontvangen.')
    expect(queryAllByRole(group, 'radio').map((radio) => radio.getAttribute('aria-invalid'))).toEqual(['true', 'true'])
    await expectNoAxeViolations(document.body)
    wrapper.unmount()
  })

  it('can put a heading in the legend', async () => {
    const wrapper = mount(RadioGroupField, {
      props: { legend: 'Kanaal', modelValue: null, options },
      slots: { legend: '<h2>Hoe wilt u post ontvangen?</h2>' },
      global: { plugins: [createTestI18n()] },
      attachTo: document.body,
    })
    expect(getByRole(document.body, 'group', 'Hoe wilt u post ontvangen?').querySelector('legend h2')).not.toBeNull()
    await expectNoAxeViolations(wrapper.element)
    wrapper.unmount()
  })
})
