import { flushPromises, mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole } from '@/test/by-role'
import { mfoOpties } from '../mfo.test-context'
import StapGevolgen from './StapGevolgen.vue'

it('asks whether something should wait only once she says what the error causes', async () => {
  const leeg = mount(StapGevolgen, await mfoOpties({ fouten: {}, gevolgen: '', opschorten: null }))
  await flushPromises()
  expect(getByRole(document.body, 'textbox', /^Wat merkt u van de fout\?/)).toBeDefined()
  expect(queryAllByRole(document.body, 'group', /^Wilt u dat de organisatie wacht/)).toEqual([])
  leeg.unmount()
  const gevolg = mount(StapGevolgen, await mfoOpties({ fouten: { opschorten: 'Kies of het moet wachten tot de fout is hersteld.' }, gevolgen: 'Geen paspoort.', opschorten: null }))
  await flushPromises()
  expect(getByRole(document.body, 'group', /^Wilt u dat de organisatie wacht/).textContent).toContain('Kies of het moet wachten')
  await expectNoAxeViolations(gevolg.element)
  gevolg.unmount()
})
