import { flushPromises, mount } from '@vue/test-utils'
import { expect, it, vi } from 'vitest'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole } from '@/test/by-role'
import type { Bijlage } from '../mfo.schemas'
import { mfoOpties } from '../mfo.test-context'
import StapBewijs from './StapBewijs.vue'

const bijlage = (nummer: number): Bijlage => ({ id: `b${nummer}`, bestandsnaam: `akte-${nummer}.png`, formaat: 'image/png', bestandsomvang: 1000 })
const png = (naam: string) => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])], naam, { type: 'image/png' })

it('adds an uploaded file to the list and says so; removing one says that too', async () => {
  const upload = vi.fn((bestand: File) => Promise.resolve({ id: 'nieuw', bestandsnaam: bestand.name, formaat: 'image/png' as const, bestandsomvang: bestand.size }))
 const eerst: Bijlage[] = [bijlage(1)]
  const wrapper = mount(StapBewijs, await mfoOpties({ modelValue: eerst, upload, 'onUpdate:modelValue': (waarde: Bijlage[]) => wrapper.setProps({ modelValue: waarde }) }))
  await flushPromises()
  const input = document.getElementById('mfo-bijlagen') as HTMLInputElement
  Object.defineProperty(input, 'files', { value: [png('geboorteakte.png')], configurable: true })
  input.dispatchEvent(new Event('change'))
  await vi.waitFor(() => expect(queryAllByRole(document.body, 'listitem').map((item) => item.textContent)).toEqual([expect.stringContaining('akte-1.png'), expect.stringContaining('geboorteakte.png')]))
  expect(getByRole(document.body, 'status', /geboorteakte\.png is toegevoegd\. U heeft nu 2 van 5 bestanden\./)).toBeDefined()
  // The field was replaced by a fresh one: keyboard focus is on it, not lost on the page.
  await vi.waitFor(() => expect(document.activeElement?.id).toBe('mfo-bijlagen'))
  await expectNoAxeViolations(wrapper.element)
  getByRole(document.body, 'button', 'Verwijder akte-1.png').click()
  await flushPromises()
  expect(wrapper.emitted('verwijderd')?.[0]).toEqual([bijlage(1)])
  expect(getByRole(document.body, 'status', 'akte-1.png is verwijderd.')).toBeDefined()
  wrapper.unmount()
})

it('with five files there is no field for a sixth, and it says why', async () => {
  const wrapper = mount(StapBewijs, await mfoOpties({ modelValue: [1, 2, 3, 4, 5].map(bijlage), upload: vi.fn() }))
  await flushPromises()
  expect(document.querySelector('input[type="file"]')).toBeNull()
  expect(wrapper.text()).toContain('U heeft 5 bestanden toegevoegd. Meer kan niet.')
  await expectNoAxeViolations(wrapper.element)
  wrapper.unmount()
})
