import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { useZakenServer, zaakVan } from '../../../../mocks/handlers/zaken/test-server'
import { createHttpClient } from '@/shared/http'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole } from '@/test/by-role'
import { berichtenApi } from '../berichten.api'
import { standaardZoekvraag } from '../berichten-zoekvraag'
import type { Bericht } from '../berichten.schemas'
import BerichtZaak from './BerichtZaak.vue'
import { testProof } from '@/test/dpop'

useZakenServer()
// What the server holds, asked as Fatima: the test checks there, not in the component.
const berichten = berichtenApi(createHttpClient({ baseUrl: `${window.location.origin}/api`, getAccessToken: async () => 'fatima', proveKey: testProof }))

async function wwBrief(onderwerp: string): Promise<Bericht> {
  const zaak = await zaakVan('WW-uitkering')
  const brief = zaak.berichten.find((kandidaat) => kandidaat.onderwerp === onderwerp)
  if (!brief) throw new Error(`de WW-uitkering heeft geen brief "${onderwerp}"`)
  return berichten.bericht(brief.berichtId)
}

async function render(bericht: Bericht) {
  const { global } = await createAppContext({ route: `/berichten/${bericht.berichtId}` })
  const wrapper = mount(BerichtZaak, { props: { bericht }, global, attachTo: document.body })
  await flushPromises()
  return wrapper
}

const reageren = () => queryAllByRole(document.body, 'button', 'Reageren')

describe('BerichtZaak', () => {
  it('links the UWV letter asking for loonstroken to its zaak, and sends a reactie to the UWV', async () => {
    const zaak = await zaakVan('WW-uitkering')
    await render(await wwBrief('Wij hebben meer informatie nodig over uw inkomsten'))
    expect(getByRole(document.body, 'region', 'Uw zaak')).toBeDefined()
    expect(getByRole(document.body, 'link', 'WW-uitkering').getAttribute('href')).toBe(`/zaken/${zaak.uuid}`)
    await expectNoAxeViolations(document.body)

    reageren()[0]?.click()
    await flushPromises()
    const tekstvak = getByRole(document.body, 'textbox', 'Uw reactie')
    expect(document.activeElement).toBe(tekstvak)
    expect(reageren()).toEqual([])
    await new DOMWrapper(tekstvak).setValue('Mijn loonstroken stuur ik volgende week.')
    await expectNoAxeViolations(document.body)
    getByRole(document.body, 'button', 'Versturen').click()

    await vi.waitFor(() => expect(getByRole(document.body, 'status').textContent).toContain('Uw reactie is verstuurd naar UWV.'))
    expect(queryAllByRole(document.body, 'textbox')).toEqual([])
    expect(document.activeElement).toBe(reageren()[0])
    const historie = (await zaakVan('WW-uitkering')).historie
    expect(historie.filter((regel) => regel.soort === 'reactie')).toMatchObject([{ tekst: 'Mijn loonstroken stuur ik volgende week.', bijlagen: [] }])
    await expectNoAxeViolations(document.body)
  })

  it('"Annuleren" closes the form and gives the focus back to "Reageren"', async () => {
    await render(await wwBrief('Wij hebben meer informatie nodig over uw inkomsten'))
    reageren()[0]?.click()
    await flushPromises()
    getByRole(document.body, 'button', 'Annuleren').click()
    await flushPromises()
    expect(queryAllByRole(document.body, 'textbox')).toEqual([])
    expect(document.activeElement).toBe(reageren()[0])
  })

  it('links another letter of the zaak to it, without "Reageren": it asks for nothing', async () => {
    await render(await wwBrief('U krijgt een WW-uitkering'))
    expect(getByRole(document.body, 'link', 'WW-uitkering')).toBeDefined()
    expect(reageren()).toEqual([])
    await expectNoAxeViolations(document.body)
  })

  it('shows nothing for a request for information that belongs to no zaak', async () => {
    const { berichten: gevonden } = await berichten.lijst({ ...standaardZoekvraag, zoek: 'loonstroken', afzender: 'Belastingdienst' })
    const [zonderZaak] = gevonden.filter((kandidaat) => kandidaat.type === 'verzoek-om-informatie')
    if (!zonderZaak) throw new Error('Fatima heeft geen verzoek om informatie van de Belastingdienst')
    const wrapper = await render(await berichten.bericht(zonderZaak.berichtId))
    expect(queryAllByRole(document.body, 'region', 'Uw zaak')).toEqual([])
    expect(reageren()).toEqual([])
    expect(wrapper.text()).toBe('')
    await expectNoAxeViolations(document.body)
  })
})
