import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import { beforeEach, expect, it } from 'vitest'
import { backend } from '../../../../mocks/state/backend'
import { useBerichtenServer } from '../../../../mocks/handlers/berichten/test-server'
import { createHttpClient } from '@/shared/http'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { descriptionOf, getByRole } from '@/test/by-role'
import { instellingenApi } from './instellingen.api'
import { instellingenMessages } from './instellingen.messages'
import VerificatieCodeForm from './VerificatieCodeForm.vue'
import { testProof } from '@/test/dpop'

useBerichtenServer()
const api = instellingenApi(createHttpClient({ baseUrl: `${window.location.origin}/api`, getAccessToken: async () => 'fatimaSubstantieel', proveKey: testProof }))
/** The code the mock "e-mailed" to Fatima. */
const codeUitMail = () => backend.berichtenbox.instellingen.laatsteCode('999990019') ?? ''

beforeEach(async () => {
  await api.vraagCodeAan('fatima@example.nl')
})

async function render() {
  const { global } = await createAppContext({ route: '/berichten/instellingen', persoon: 'fatimaSubstantieel', messages: [instellingenMessages] })
  const wrapper = mount(VerificatieCodeForm, { props: { email: 'fatima@example.nl', pogingenBekend: true }, global, attachTo: document.body })
  const veld = getByRole(document.body, 'textbox', 'Verificatiecode')
  const bevestig = async (code: string) => {
    await new DOMWrapper(veld).setValue(code)
    getByRole(document.body, 'button', 'Bevestigen').click()
    await flushPromises()
  }
  return { wrapper, veld, bevestig }
}

it('says where the code went, and how many tries are left after a wrong one', async () => {
  const { wrapper, veld, bevestig } = await render()
  expect(descriptionOf(veld)).toContain('fatima@example.nl')
  await bevestig(codeUitMail() === '000000' ? '000001' : '000000')
  expect(wrapper.emitted('bevestigd')).toBeUndefined()
  expect(veld.getAttribute('aria-invalid')).toBe('true')
  expect(descriptionOf(veld)).toContain('De code klopt niet. U kunt het nog 2 keer proberen.')
  await expectNoAxeViolations(document.body)
})

it('confirms the address with the code from the e-mail', async () => {
  const { wrapper, bevestig } = await render()
  await bevestig(codeUitMail())
  expect(wrapper.emitted('bevestigd')).toHaveLength(1)
  expect((await api.haal()).emailGeverifieerd).toBe(true)
  await expectNoAxeViolations(document.body)
})
