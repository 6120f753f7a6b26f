import { mount } from '@vue/test-utils'
import { afterEach, expect, it, vi } from 'vitest'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import { datumOver, testBericht } from '../berichten.fixtures'
import BewaarWaarschuwing from './BewaarWaarschuwing.vue'

afterEach(() => vi.restoreAllMocks())

it('warns that a letter will soon be gone and saves a copy named after its subject', async () => {
  const opgeslagen: string[] = []
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    opgeslagen.push(this.download)
  })
  const { global } = await createAppContext()
  const wrapper = mount(BewaarWaarschuwing, { props: { bericht: testBericht({ bewaartermijn: datumOver(12) }) }, global, attachTo: document.body })
  expect(wrapper.text()).toContain('Wordt bewaard tot')
  getByRole(wrapper.element, 'button', 'Bericht downloaden').click()
  expect(opgeslagen).toEqual(['voorlopige-aanslag-inkomstenbelasting-2026.html'])
  await expectNoAxeViolations(document.body)
})

it('says nothing while the letter is kept for a long time yet', async () => {
  const { global } = await createAppContext()
  const wrapper = mount(BewaarWaarschuwing, { props: { bericht: testBericht({ bewaartermijn: datumOver(200) }) }, global, attachTo: document.body })
  expect(wrapper.text()).toBe('')
  await expectNoAxeViolations(document.body)
})
