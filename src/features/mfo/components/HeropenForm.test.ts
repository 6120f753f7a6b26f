import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import { expect, it, vi } from 'vitest'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole } from '@/test/by-role'
import { verstuurdVerzoek } from '../mfo.fixtures'
import { mfoContext, mfoOpties } from '../mfo.test-context'
import HeropenForm from './HeropenForm.vue'

const afgerond = { ...verstuurdVerzoek, status: 'afgerond' as const, resultaat: 'niet-gecorrigeerd' as const, heropenbaarTot: '2027-01-12' }

it('wants a reason, sends it once with one key however often she clicks, and reports back', async () => {
  const heropen = vi.fn(() => Promise.resolve({ ...afgerond, status: 'in-behandeling' as const }))
  const wrapper = mount(HeropenForm, await mfoOpties({ verzoek: afgerond, heropen }))
  await flushPromises()
  expect(wrapper.text()).toContain('Dat kan tot en met 12 januari 2027.')
  getByRole(document.body, 'button', 'Verzoek opnieuw laten bekijken').click()
  await flushPromises()
  expect(document.activeElement?.textContent).toContain('Leg uit waarom u het niet eens bent met de uitkomst.')
  await expectNoAxeViolations(wrapper.element)
  await new DOMWrapper(getByRole(document.body, 'textbox', 'Waarom bent u het niet eens met de uitkomst?')).setValue('Het staat er nog steeds verkeerd.')
  const knop = getByRole(document.body, 'button', 'Verzoek opnieuw laten bekijken')
  knop.click()
  knop.click()
  await flushPromises()
  expect(heropen).toHaveBeenCalledTimes(1)
  expect(heropen.mock.calls[0]).toEqual(['Het staat er nog steeds verkeerd.', expect.any(String)])
  expect(wrapper.emitted('heropend')).toHaveLength(1)
  wrapper.unmount()
})

it('at DigiD Midden it offers the step-up instead of the button, and keeps what she typed for after it', async () => {
  window.sessionStorage.setItem('mo:heropen-reden:verzoek-1', 'Het staat er nog steeds verkeerd.')
  const { global } = await mfoContext('/correctieverzoeken/verzoek-1', 'fatima')
  const wrapper = mount(HeropenForm, { props: { verzoek: afgerond, heropen: vi.fn() }, global, attachTo: document.body })
  await vi.waitFor(() => expect(getByRole(document.body, 'button', 'Inloggen met DigiD Substantieel')).toBeDefined())
  expect(queryAllByRole(document.body, 'button', 'Verzoek opnieuw laten bekijken')).toEqual([])
  expect((getByRole(document.body, 'textbox', 'Waarom bent u het niet eens met de uitkomst?') as HTMLTextAreaElement).value).toBe('Het staat er nog steeds verkeerd.')
  await expectNoAxeViolations(wrapper.element)
  wrapper.unmount()
})
