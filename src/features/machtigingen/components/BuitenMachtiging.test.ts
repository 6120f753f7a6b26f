import { flushPromises, mount } from '@vue/test-utils'
import { expect, it, vi } from 'vitest'
import { useNamensStore } from '@/shared/namens/namens.store'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import BuitenMachtiging from './BuitenMachtiging.vue'

async function render(status: 'actief' | 'ingetrokken') {
  const context = await createAppContext({ persoon: 'pieterVoorAnna' })
  const namens = useNamensStore(context.pinia)
  namens.begin('999990032')
  namens.vul({ naam: 'Anna de Vries-Bakker', soort: 'machtiging', status, diensten: status === 'actief' ? [{ dienst: 'berichten' }] : [] })
  const stoppen = vi.fn(() => Promise.resolve())
  namens.gebruikStoppen(stoppen)
  mount(BuitenMachtiging, { global: context.global, attachTo: document.body })
  await flushPromises()
  return stoppen
}

it('says the machtiging does not cover this part, takes focus and offers the way back', async () => {
  const stoppen = await render('actief')
  const kop = getByRole(document.body, 'heading', 'Dit valt buiten uw machtiging')
  expect(document.activeElement).toBe(kop)
  expect(document.body.textContent).toContain('Dit kan alleen Anna de Vries-Bakker zelf doen.')
  expect(document.title).toMatch(/^Dit valt buiten uw machtiging/)
  getByRole(document.body, 'button', 'Terug naar uw eigen zaken').click()
  expect(stoppen).toHaveBeenCalledOnce()
  expect(getByRole(document.body, 'link', 'Naar het overzicht').getAttribute('href')).toBe('/')
  await expectNoAxeViolations(document.body)
  document.body.innerHTML = ''
})

it('says so when the machtiging was revoked', async () => {
  await render('ingetrokken')
  expect(getByRole(document.body, 'heading', 'Uw machtiging is ingetrokken')).toBeDefined()
  expect(document.body.textContent).toContain('Uw machtiging voor Anna de Vries-Bakker is ingetrokken.')
  await expectNoAxeViolations(document.body)
  document.body.innerHTML = ''
})
