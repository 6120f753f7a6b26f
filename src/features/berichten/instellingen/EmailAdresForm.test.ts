import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { nextTick } from 'vue'
import { useBerichtenServer } from '../../../../mocks/handlers/berichten/test-server'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import { instellingenMessages } from './instellingen.messages'
import EmailAdresForm from './EmailAdresForm.vue'

useBerichtenServer()

async function render() {
  const { global } = await createAppContext({ route: '/berichten/instellingen', persoon: 'fatimaSubstantieel', messages: [instellingenMessages] })
  const wrapper = mount(EmailAdresForm, { global, attachTo: document.body })
  const veld = getByRole(document.body, 'textbox', 'E-mailadres')
  return { wrapper, veld, verstuur: () => getByRole(document.body, 'button', 'Code versturen').click() }
}

it('refuses an empty address: an error summary that links to the field, and the field marked invalid', async () => {
  const { wrapper, veld, verstuur } = await render()
  verstuur()
  await flushPromises()
  await nextTick()
  const link = getByRole(document.body, 'link', /Vul uw e-mailadres in/)
  expect(link.getAttribute('href')).toBe(`#${veld.id}`)
  expect(veld.getAttribute('aria-invalid')).toBe('true')
  expect(wrapper.emitted('verstuurd')).toBeUndefined()
  await expectNoAxeViolations(document.body)
})

it('asks the service to send a code to a valid address', async () => {
  const { wrapper, veld, verstuur } = await render()
  await new DOMWrapper(veld).setValue(' fatima@example.nl ')
  verstuur()
  await flushPromises()
  const [[instellingen, email] = []] = wrapper.emitted<[{ email?: string }, string]>('verstuurd') ?? []
  expect(email).toBe('fatima@example.nl')
  expect(instellingen?.email).toBe('fatima@example.nl')
  expect(veld.getAttribute('aria-invalid')).toBeNull()
  await expectNoAxeViolations(document.body)
})
