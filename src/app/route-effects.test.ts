import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useRouteEffects } from './route-effects'

const Leeg = { render: () => null }
const titles: Record<string, string> = { 'app.titleSuffix': 'Mijn Overheid', a: 'Pagina A', b: 'Pagina B' }

async function setup() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/a', component: Leeg, meta: { titleKey: 'a' } },
      { path: '/b', component: Leeg, meta: { titleKey: 'b' } },
    ],
  })
  await router.push('/a')
  const effects = useRouteEffects(router, (key) => titles[key] ?? key)
  return { router, effects }
}

const settle = async () => {
  for (let i = 0; i < 5; i += 1) await nextTick()
  await new Promise((resolve) => setTimeout(resolve, 0))
}

describe('route effects', () => {
  beforeEach(() => {
    document.body.innerHTML = '<main id="inhoud" tabindex="-1"><h1>Kop</h1></main>'
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('a new page: its title, and focus on its h1 instead of a second announcement', async () => {
    const { router, effects } = await setup()
    await router.push('/b')
    await settle()
    expect(document.title).toBe('Pagina B - Mijn Overheid')
    expect(document.activeElement?.tagName).toBe('H1')
    expect(effects.announcement.value).toBe('')
  })

  it('a page without an h1 is announced instead', async () => {
    document.body.innerHTML = '<main id="inhoud" tabindex="-1"><p>Tekst</p></main>'
    const { router, effects } = await setup()
    await router.push('/b')
    await settle()
    expect(effects.announcement.value).toBe('Pagina B')
  })

  it('focus waits for a page that is still loading, and goes to the result of an action when there is one', async () => {
    document.body.innerHTML = '<main id="inhoud" tabindex="-1"><h1>Bericht</h1><div aria-busy="true"></div></main>'
    const { router } = await setup()
    await router.push('/b')
    await settle()
    expect(document.activeElement?.tagName).not.toBe('H1')
    const main = document.getElementById('inhoud')
    if (!main) throw new Error('geen main')
    main.innerHTML = '<h1>Uw aanslag</h1><div data-route-focus tabindex="-1">Het bericht staat in het Archief.</div><div></div>'
    await settle()
    expect(document.activeElement?.textContent).toBe('Het bericht staat in het Archief.')
  })

  it('a change of query only (search, filter, page) leaves focus to the view', async () => {
    const { router } = await setup()
    const zoekveld = document.createElement('input')
    document.body.append(zoekveld)
    zoekveld.focus()
    await router.push('/a?zoek=aanslag')
    await settle()
    expect(document.activeElement).toBe(zoekveld)
  })
})
