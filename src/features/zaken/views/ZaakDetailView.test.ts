import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { useZakenServer, zaakVan } from '../../../../mocks/handlers/zaken/test-server'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import ZaakDetailView from './ZaakDetailView.vue'

useZakenServer()

async function render(zaakId: string) {
  const { global } = await createAppContext({ route: `/zaken/${zaakId}` })
  mount(ZaakDetailView, { global, attachTo: document.body })
  await flushPromises()
}

describe('ZaakDetailView', () => {
  it('shows the zaak with its steps, who handles it, its documents, its letters and its history', async () => {
    const zaak = await zaakVan('WW-uitkering')
    await render(zaak.uuid)
    expect(getByRole(document.body, 'heading', 'WW-uitkering').tagName).toBe('H1')
    for (const kop of ['Hoe ver is uw zaak?', 'Wie behandelt uw zaak?', 'Documenten', 'Brieven over deze zaak', 'Geschiedenis van uw zaak']) {
      expect(getByRole(document.body, 'heading', kop)).toBeDefined()
    }
    expect(getByRole(document.body, 'link', 'U krijgt een WW-uitkering').getAttribute('href')).toMatch(/^\/berichten\//)
    await expectNoAxeViolations(document.body)
  })

  it('says so, with a way back, when the zaak does not exist (any more)', async () => {
    await render('bestaat-niet')
    expect(getByRole(document.body, 'heading', 'Zaak')).toBeDefined()
    expect(document.body.textContent).toContain('Deze zaak bestaat niet (meer)')
    expect(getByRole(document.body, 'link', 'Terug naar uw zaken').getAttribute('href')).toBe('/zaken')
    await expectNoAxeViolations(document.body)
  })
})
