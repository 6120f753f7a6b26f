import { flushPromises, mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import { mfoOpties } from '../mfo.test-context'
import { verstuurdVerzoek } from '../mfo.fixtures'
import VerzoekBevestiging from './VerzoekBevestiging.vue'

it('gives the reference number, what happens next, and the way to the zaak', async () => {
  const wrapper = mount(VerzoekBevestiging, await mfoOpties({ verzoek: verstuurdVerzoek }))
  await flushPromises()
  expect(getByRole(document.body, 'heading', 'Uw verzoek is verstuurd')).toBeDefined()
  expect(wrapper.text()).toContain('Uw referentienummer is MFO-2026-100001')
  expect(wrapper.text()).toContain('Het Meldpunt vraagt Gemeente Utrecht om het gegeven te controleren.')
  expect(getByRole(document.body, 'link', 'Volg uw verzoek bij Lopende zaken (MFO-2026-100001)').getAttribute('href')).toBe('/zaken/zaak-1')
  await expectNoAxeViolations(wrapper.element)
  wrapper.unmount()
})
