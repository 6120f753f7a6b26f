import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { useBerichtenServer } from '../../../../mocks/handlers/berichten/test-server'
import { createHttpClient } from '@/shared/http'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole } from '@/test/by-role'
import { berichtenApi } from '../berichten.api'
import { standaardZoekvraag } from '../berichten-zoekvraag'
import { testBericht } from '../berichten.fixtures'
import type { Bericht } from '../berichten.schemas'
import BerichtActies from './BerichtActies.vue'
import { testProof } from '@/test/dpop'

useBerichtenServer()
// What the server holds, asked as Fatima: the test checks there, not in the component.
const api = berichtenApi(createHttpClient({ baseUrl: `${window.location.origin}/api`, getAccessToken: async () => 'fatima', proveKey: testProof }))

async function eersteBericht(): Promise<Bericht> {
  const [eerste] = (await api.lijst(standaardZoekvraag)).berichten
  if (!eerste) throw new Error('Fatima has no letters in her Postvak IN')
  return api.bericht(eerste.berichtId)
}

async function render(bericht: Bericht) {
  const context = await createAppContext({ route: `/berichten/${bericht.berichtId}` })
  const wrapper = mount(BerichtActies, { props: { bericht }, global: context.global, attachTo: document.body })
  return { wrapper, router: context.router, knop: (naam: string) => getByRole(wrapper.element, 'button', naam) }
}

describe('BerichtActies', () => {
  it('archives a letter on the server, then goes back to the folder', async () => {
    const bericht = await eersteBericht()
    const { router, knop } = await render(bericht)
    for (const naam of ['Markeer als ongelezen', 'Verwijderen', 'Printen']) expect(knop(naam)).toBeDefined()
    await expectNoAxeViolations(document.body)
    knop('Archiveren').click()
    await flushPromises()
    expect((await api.bericht(bericht.berichtId)).map).toBe('archief')
    // The folder's code loads lazily: the navigation ends when it is there.
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/berichten'), { timeout: 5000 })
  })

  it('asks before deleting for good, with focus on "Nee", and deletes only after "Ja"', async () => {
    const bericht = await api.wijzig((await eersteBericht()).berichtId, { map: 'prullenbak' })
    const { wrapper, knop } = await render(bericht)
    expect(queryAllByRole(wrapper.element, 'button', 'Archiveren')).toEqual([])
    knop('Definitief verwijderen').click()
    await nextTick()
    await nextTick()
    const dialoog = getByRole(document.body, 'dialog', 'Bericht definitief verwijderen?')
    expect(document.activeElement).toBe(getByRole(dialoog, 'button', 'Nee, bewaren'))
    await expectNoAxeViolations(dialoog)
    getByRole(dialoog, 'button', 'Ja, definitief verwijderen').click()
    await flushPromises()
    await expect(api.bericht(bericht.berichtId)).rejects.toMatchObject({ kind: 'not-found' })
  })

  it('says so when the letter no longer exists, and stays on the letter', async () => {
    const { wrapper, router, knop } = await render(testBericht({ berichtId: 'bestaat-niet' }))
    knop('Verwijderen').click()
    await flushPromises()
    expect(getByRole(wrapper.element, 'status').textContent).toContain('Dit bericht bestaat niet meer.')
    expect(router.currentRoute.value.fullPath).toBe('/berichten/bestaat-niet')
    await expectNoAxeViolations(document.body)
  })
})
