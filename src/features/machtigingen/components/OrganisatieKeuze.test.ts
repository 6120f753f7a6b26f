import { DOMWrapper, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { h, nextTick, reactive } from 'vue'
import { expectNoAxeViolations } from '@/test/axe'
import { descriptionOf, getByRole, queryAllByRole } from '@/test/by-role'
import type { OrganisatieKeuze as Keuze } from '../machtiging-concept'
import { machtigingenContext } from '../machtigingen.test-context'
import OrganisatieKeuze from './OrganisatieKeuze.vue'

async function render(organisaties: string[] | null, fouten: { bereikFout?: string; organisatiesFout?: string } = {}) {
  const { global } = await machtigingenContext('/machtigingen/nieuw?stap=2', 'anna')
  const staat = reactive<{ keuze: Keuze }>({ keuze: { bereik: null, organisaties: [] } })
  mount(
    { render: () => h(OrganisatieKeuze, { dienst: 'berichten', organisaties, ...fouten, modelValue: staat.keuze, 'onUpdate:modelValue': (keuze: Keuze) => (staat.keuze = keuze) }) },
    { global, attachTo: document.body },
  )
  return staat
}

describe('OrganisatieKeuze', () => {
  it('asks all or only some organisations, and for some lists them to tick', async () => {
    const staat = await render(['SVB', 'Belastingdienst'], { bereikFout: 'Kies er één.' })
    const vraag = getByRole(document.body, 'group', 'Berichtenbox: post van welke organisaties?')
    expect(descriptionOf(vraag)).toBe('Fout: Kies er één.')
    expect(queryAllByRole(document.body, 'checkbox')).toEqual([])
    await expectNoAxeViolations(document.body)

    await new DOMWrapper(getByRole(vraag, 'radio', 'Alleen deze organisaties')).setValue(true)
    expect(staat.keuze.bereik).toBe('alleen')
    await new DOMWrapper(getByRole(document.body, 'checkbox', 'SVB')).setValue(true)
    expect(staat.keuze).toEqual({ bereik: 'alleen', organisaties: ['SVB'] })
    expect(getByRole(document.body, 'group', 'Post van deze organisaties')).toBeDefined()
    await expectNoAxeViolations(document.body)
  })

  it('without the catalogue asks only the first question', async () => {
    const staat = await render(null)
    staat.keuze = { bereik: 'alleen', organisaties: [] }
    await nextTick()
    expect(queryAllByRole(document.body, 'radio')).toHaveLength(2)
    expect(queryAllByRole(document.body, 'checkbox')).toEqual([])
    await expectNoAxeViolations(document.body)
  })
})
