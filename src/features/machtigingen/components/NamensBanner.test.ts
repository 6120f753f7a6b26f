import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, expect, it, vi } from 'vitest'
import { backend } from '../../../../mocks/state/backend'
import { useZakenServer } from '../../../../mocks/handlers/zaken/test-server'
import { useNamensStore } from '@/shared/namens/namens.store'
import { createAppContext } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import NamensBanner from './NamensBanner.vue'

useZakenServer()
afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

const ANNA = '999990032'
const PIETER = '999990020'

async function bannerVoorAnna() {
  const context = await createAppContext({ persoon: 'pieterVoorAnna' })
  const namens = useNamensStore(context.pinia)
  namens.begin(ANNA)
  const wrapper = mount(NamensBanner, { global: context.global, attachTo: document.body })
  await flushPromises()
  return { wrapper, namens }
}

it('says for whom Pieter acts, for which services and until when, and fills what the app may show', async () => {
  const { wrapper, namens } = await bannerVoorAnna()
  const banner = getByRole(document.body, 'region', /^U regelt zaken voor Anna de Vries-Bakker/)
  expect(banner.textContent).toContain('U regelt zaken voor Anna de Vries-Bakker')
  expect(wrapper.findAll('li').map((item) => item.text())).toEqual(['Berichtenbox: post van SVB en Belastingdienst', 'Lopende zaken: bij Gemeente Amersfoort'])
  expect(banner.textContent).toMatch(/Geldig tot en met \d{1,2} \w+ \d{4}\./)
  expect(namens.mag('berichten', 'SVB')).toBe(true)
  expect(namens.mag('berichten', 'Gemeente Amersfoort')).toBe(false)
  expect(namens.mag('gegevens')).toBe(false)
  expect(namens.mag('eigen')).toBe(false)
  expect(getByRole(document.body, 'button', 'Stoppen met zaken regelen voor Anna de Vries-Bakker')).toBeDefined()
  await expectNoAxeViolations(document.body)
})

it('announces the context once, not again on the next page', async () => {
  await bannerVoorAnna()
  await new Promise((resolve) => setTimeout(resolve, 150))
  expect(getByRole(document.body, 'status').textContent).toContain('U regelt zaken voor Anna de Vries-Bakker. Uw machtiging geldt voor: Berichtenbox')
  document.body.innerHTML = ''
  await bannerVoorAnna()
  await new Promise((resolve) => setTimeout(resolve, 150))
  expect(getByRole(document.body, 'status').textContent).toBe('')
})

it('changes at once when the API refused something because Anna revoked the machtiging', async () => {
  const { namens } = await bannerVoorAnna()
  const machtiging = backend.machtigingen.lijst(ANNA).find((kandidaat) => kandidaat.gemachtigde.burgerservicenummer === PIETER && kandidaat.status === 'actief')
  backend.machtigingen.wijzig(ANNA, machtiging?.id ?? '', 'ingetrokken')
  namens.markeerVerouderd()
  await flushPromises()
  const banner = getByRole(document.body, 'region', /^U regelt zaken voor Anna de Vries-Bakker/)
  expect(banner.textContent).toContain('Uw machtiging voor Anna de Vries-Bakker is ingetrokken. U kunt niets meer voor deze persoon regelen.')
  expect(banner.querySelectorAll('li')).toHaveLength(0)
  expect(namens.mag('berichten')).toBe(false)
  await new Promise((resolve) => setTimeout(resolve, 150))
  expect(getByRole(document.body, 'status').textContent).toContain('is ingetrokken')
  await expectNoAxeViolations(document.body)
})

it('goes back to one’s own context with Stoppen, and says so when DigiD cannot be reached', async () => {
  const { namens } = await bannerVoorAnna()
  const stoppen = vi.fn().mockRejectedValueOnce(new Error('DigiD onbereikbaar'))
  namens.gebruikStoppen(stoppen)
  getByRole(document.body, 'button', 'Stoppen met zaken regelen voor Anna de Vries-Bakker').click()
  await flushPromises()
  expect(stoppen).toHaveBeenCalledOnce()
  expect(getByRole(document.body, 'alert').textContent).toContain('Stoppen lukt nu niet')
})

it('brings the texts for a refusal outside the machtiging, in Dutch and English, for every reason', async () => {
  const { namensBannerMessages } = await import('../namens-banner.messages')
  const { describeError, ApiError } = await import('@/shared/http')
  const lees = (tree: unknown, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree)
  for (const reden of ['ingetrokken', 'verlopen', 'buiten-bereik', 'nooit']) {
    const { titleKey, detailKey } = describeError(new ApiError('forbidden', { status: 403, problem: { code: 'buiten-machtiging', reden } }))
    for (const taal of ['nl', 'en'] as const) {
      expect(lees(namensBannerMessages[taal], titleKey), `${taal} ${titleKey}`).toEqual(expect.any(String))
      expect(lees(namensBannerMessages[taal], detailKey), `${taal} ${detailKey}`).toEqual(expect.any(String))
    }
  }
  expect(lees(namensBannerMessages.nl, 'http.errors.outsideMachtiging.revoked.title')).toBe('Uw machtiging is ingetrokken')
})
