import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, nextTick, ref } from 'vue'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole } from '@/test/by-role'
import { createTestI18n } from '@/test/i18n'
import ErrorSummary, { type FormError } from './ErrorSummary.vue'
import TextField from './TextField.vue'

/** A form as the features build one: the summary on top, the field below, focus on the summary after submit. */
const Form = defineComponent({
  components: { ErrorSummary, TextField },
  setup() {
    const email = ref('')
    const errors = ref<FormError[]>([])
    const summary = ref<InstanceType<typeof ErrorSummary> | null>(null)
    function submit() {
      errors.value = email.value ? [] : [{ field: 'email', message: 'Vul uw e-mailadres in.' }]
      if (errors.value.length > 0) void summary.value?.focus()
    }
    return { email, errors, summary, submit }
  },
  template: `<form novalidate @submit.prevent="submit">
    <ErrorSummary ref="summary" :errors="errors" />
    <TextField id="email" v-model="email" label="E-mailadres" :error="errors[0]?.message" />
    <button type="submit">Versturen</button>
  </form>`,
})

const render = () => mount(Form, { global: { plugins: [createTestI18n()] }, attachTo: document.body })

describe('ErrorSummary', () => {
  afterEach(() => {
    document.title = ''
  })

  it('shows nothing while all is well', () => {
    const wrapper = render()
    expect(queryAllByRole(document.body, 'heading')).toHaveLength(0)
    wrapper.unmount()
  })

  it('after a failed submit: focus on the summary (no alert role too), a clear heading, "Fout:" in the title', async () => {
    document.title = 'Instellingen - Mijn Overheid'
    const wrapper = render()
    await wrapper.get('form').trigger('submit')
    await nextTick()
    const heading = getByRole(document.body, 'heading', 'Er is iets niet goed ingevuld')
    const box = heading.closest('.error-summary')
    expect(document.activeElement).toBe(box)
    expect(queryAllByRole(document.body, 'alert')).toHaveLength(0)
    expect(document.title).toBe('Fout: Instellingen - Mijn Overheid')
    await expectNoAxeViolations(document.body)
    wrapper.unmount()
  })

  it('each error is a link that takes focus to its field, without a navigation', async () => {
    const wrapper = render()
    await wrapper.get('form').trigger('submit')
    await nextTick()
    const link = getByRole(document.body, 'link', 'Vul uw e-mailadres in.')
    expect(link.getAttribute('href')).toBe('#email')
    const click = new MouseEvent('click', { bubbles: true, cancelable: true })
    link.dispatchEvent(click)
    expect(click.defaultPrevented).toBe(true)
    expect(document.activeElement).toBe(getByRole(document.body, 'textbox', 'E-mailadres'))
    wrapper.unmount()
  })

  it('when the errors are fixed the summary and the title prefix go', async () => {
    document.title = 'Instellingen - Mijn Overheid'
    const wrapper = render()
    await wrapper.get('form').trigger('submit')
    await wrapper.get('input').setValue('fatima@voorbeeld.nl')
    await wrapper.get('form').trigger('submit')
    await nextTick()
    expect(queryAllByRole(document.body, 'heading')).toHaveLength(0)
    expect(document.title).toBe('Instellingen - Mijn Overheid')
    wrapper.unmount()
  })

  it('takes a heading of the form\'s own', async () => {
    const wrapper = mount(ErrorSummary, {
      props: { errors: [{ field: 'code', message: 'De code is verlopen.' }], title: 'De code werkt niet meer' },
      global: { plugins: [createTestI18n()] },
      attachTo: document.body,
    })
    expect(getByRole(document.body, 'heading').textContent?.trim()).toBe('De code werkt niet meer')
    await expectNoAxeViolations(wrapper.element)
    wrapper.unmount()
  })
})
