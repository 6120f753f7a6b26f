import { flushPromises, mount } from '@vue/test-utils'
import { expect, it, vi } from 'vitest'
import { useZakenServer, zaakVan } from '../../../../mocks/handlers/zaken/test-server'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import ZaakDocumenten from './ZaakDocumenten.vue'

useZakenServer()

it('lists the documents with date and size, and says so when one cannot be loaded', async () => {
  const zaak = await zaakVan('Parkeervergunning')
  const [document] = zaak._expand.zaakinformatieobjecten
  if (!document) throw new Error('the parkeervergunning has a document')
  const { global } = await createAppContext()
  const laad = vi.fn(async () => {
    throw new Error('kapot')
  })
  mount(ZaakDocumenten, { props: { zaak, laad }, global, attachTo: window.document.body })
  const titel = document._expand.informatieobject.titel
  expect(window.document.body.textContent).toContain(titel)
  getByRole(window.document.body, 'button', `${titel} downloaden`).click()
  await flushPromises()
  expect(laad).toHaveBeenCalledWith(document._expand.informatieobject.inhoud)
  expect(getByRole(window.document.body, 'alert').textContent).toContain('Het document kon niet worden geladen.')
  await expectNoAxeViolations(window.document.body)
})
