import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { useBerichtenServer } from '../../../../mocks/handlers/berichten/test-server'
import { createHttpClient } from '@/shared/http'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import { berichtenApi } from '../berichten.api'
import { standaardZoekvraag } from '../berichten-zoekvraag'
import BerichtDetailView from './BerichtDetailView.vue'
import { testProof } from '@/test/dpop'

useBerichtenServer()
// What the server holds, asked as Fatima: the test checks there, not in the component.
const api = berichtenApi(createHttpClient({ baseUrl: `${window.location.origin}/api`, getAccessToken: async () => 'fatima', proveKey: testProof }))

async function render(berichtId: string) {
  const { global } = await createAppContext({ route: `/berichten/${berichtId}` })
  mount(BerichtDetailView, { global, attachTo: document.body })
  await flushPromises()
}

describe('BerichtDetailView', () => {
  it('shows an unread letter under its subject, and marks it as read on the server', async () => {
    const [ongelezen] = (await api.lijst({ ...standaardZoekvraag, status: 'ongelezen' })).berichten
    if (!ongelezen) throw new Error('Fatima has no unread letters')
    await render(ongelezen.berichtId)
    expect(getByRole(document.body, 'heading', ongelezen.onderwerp).tagName).toBe('H1')
    expect(document.querySelector('section[aria-label="Inhoud van het bericht"]')?.textContent).not.toBe('')
    expect(getByRole(document.body, 'link', 'Terug naar Postvak IN').getAttribute('href')).toBe('/berichten')
    expect((await api.bericht(ongelezen.berichtId)).status).toBe('gelezen')
    await expectNoAxeViolations(document.body)
  })

  it('links a letter of a zaak to that zaak and offers "Reageren" on a request for information', async () => {
    const { berichten } = await api.lijst({ ...standaardZoekvraag, zoek: 'inkomsten', afzender: 'UWV' })
    const verzoek = berichten.find((kandidaat) => kandidaat.type === 'verzoek-om-informatie')
    if (!verzoek) throw new Error('Fatima has no request for information from the UWV')
    await render(verzoek.berichtId)
    expect(getByRole(document.body, 'link', 'WW-uitkering').getAttribute('href')).toMatch(/^\/zaken\/[0-9a-f-]{36}$/)
    expect(getByRole(document.body, 'button', 'Reageren')).toBeDefined()
    await expectNoAxeViolations(document.body)
  })

  it('says so when the letter does not exist (any more)', async () => {
    await render('bestaat-niet')
    expect(getByRole(document.body, 'heading', 'Bericht')).toBeDefined()
    expect(document.body.textContent).toContain('Dit bericht bestaat niet (meer).')
    await expectNoAxeViolations(document.body)
  })
})
