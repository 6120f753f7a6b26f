import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, expect, it, vi } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import { testBericht } from '../berichten.fixtures'
import type { Bijlage } from '../berichten.schemas'
import BijlagenLijst from './BijlagenLijst.vue'

afterEach(() => vi.restoreAllMocks())

async function render(laad: (bijlage: Bijlage) => Promise<Blob>) {
  const { global } = await createAppContext()
  return mount(BijlagenLijst, { props: { bericht: testBericht(), laad }, global, attachTo: document.body })
}

it('names each attachment in its buttons and downloads it with a recognisable file name', async () => {
  const opgeslagen: string[] = []
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    opgeslagen.push(this.download)
  })
  const laad = vi.fn(async () => new Blob(['%PDF-1.7'], { type: 'application/pdf' }))
  const wrapper = await render(laad)
  expect(wrapper.get('h2').text()).toBe('Bijlagen')
  expect(wrapper.text()).toContain('48,2 kB')
  getByRole(wrapper.element, 'button', 'Voorlopige aanslag 2026.pdf downloaden').click()
  await flushPromises()
  expect(laad).toHaveBeenCalledWith(expect.objectContaining({ bijlageId: 'aanslag' }))
  expect(opgeslagen).toEqual(['belastingdienst-voorlopige-aanslag-2026.pdf'])
  await expectNoAxeViolations(document.body)
})

it('says so when an attachment cannot be loaded', async () => {
  const wrapper = await render(async () => {
    throw new Error('netwerk')
  })
  expect(wrapper.get('[role="alert"]').text()).toBe('')
  getByRole(wrapper.element, 'button', 'Voorlopige aanslag 2026.pdf downloaden').click()
  await flushPromises()
  expect(wrapper.get('[role="alert"]').text()).toContain('De bijlage kon niet worden geladen')
  await expectNoAxeViolations(document.body)
})
