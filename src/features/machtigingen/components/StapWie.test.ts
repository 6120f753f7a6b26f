import { DOMWrapper, mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test/axe'
import { descriptionOf, getByRole } from '@/test/by-role'
import { machtigingenContext } from '../machtigingen.test-context'
import StapWie from './StapWie.vue'

it('asks for the burgerservicenummer, explains it, and shows its error at the field', async () => {
  const { global } = await machtigingenContext('/machtigingen/nieuw', 'anna')
  const wrapper = mount(StapWie, { props: { modelValue: '', fout: 'Vul het burgerservicenummer in.' }, global, attachTo: document.body })
  const veld = getByRole(document.body, 'textbox', 'Burgerservicenummer')
  expect(veld.id).toBe('machtiging-bsn')
  expect(veld.getAttribute('inputmode')).toBe('numeric')
  expect(descriptionOf(veld)).toContain('Dit zijn 9 cijfers.')
  expect(descriptionOf(veld)).toContain('Fout: Vul het burgerservicenummer in.')
  await expectNoAxeViolations(document.body)
  await new DOMWrapper(veld).setValue('999990020')
  expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual(['999990020'])
})
