import { DOMWrapper, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { h, reactive } from 'vue'
import { ApiError } from '@/shared/http'
import { expectNoAxeViolations } from '@/test/axe'
import { descriptionOf, getByRole, queryAllByRole } from '@/test/by-role'
import { leegConcept, type Concept } from '../machtiging-concept'
import type { DienstenCatalogus } from '../machtigingen.schemas'
import { machtigingenContext } from '../machtigingen.test-context'
import StapWaarvoor from './StapWaarvoor.vue'

const catalogus: DienstenCatalogus = {
  organisaties: { berichten: ['SVB', 'Belastingdienst'], zaken: ['Gemeente Amersfoort'] },
  gegevensOnderdelen: [{ onderdeel: 'inkomens', naam: 'Inkomen (Belastingdienst)' }],
}

async function render(props: { catalogus: DienstenCatalogus | null; catalogusFout?: unknown; fouten?: Record<string, string> }) {
  const { global } = await machtigingenContext('/machtigingen/nieuw?stap=2', 'anna')
  const concept = reactive<Concept>(leegConcept())
  const opnieuw: unknown[] = []
  mount(
    {
      render: () =>
        h(StapWaarvoor, {
          catalogus: props.catalogus,
          catalogusFout: props.catalogusFout ?? null,
          catalogusBezig: false,
          fouten: props.fouten ?? {},
          onOpnieuw: () => opnieuw.push(true),
          diensten: concept.diensten,
          'onUpdate:diensten': (waarde: string[]) => (concept.diensten = waarde),
          berichten: concept.berichten,
          'onUpdate:berichten': (waarde: Concept['berichten']) => (concept.berichten = waarde),
          zaken: concept.zaken,
          'onUpdate:zaken': (waarde: Concept['zaken']) => (concept.zaken = waarde),
          onderdelen: concept.onderdelen,
          'onUpdate:onderdelen': (waarde: string[]) => (concept.onderdelen = waarde),
        }),
    },
    { global, attachTo: document.body },
  )
  return { concept, opnieuw }
}
const vink = (naam: string) => new DOMWrapper(getByRole(document.body, 'checkbox', naam)).setValue(true)

describe('StapWaarvoor', () => {
  it('offers the three services, and for each ticked one how far it goes', async () => {
    const { concept } = await render({ catalogus, fouten: { diensten: 'Kies minstens één dienst.' } })
    const diensten = getByRole(document.body, 'group', 'Wat mag deze persoon voor u regelen?')
    expect(queryAllByRole(diensten, 'checkbox').map((vakje) => vakje.id)[0]).toBe('machtiging-diensten')
    expect(descriptionOf(diensten)).toContain('Fout: Kies minstens één dienst.')
    expect(descriptionOf(getByRole(diensten, 'checkbox', 'Berichtenbox'))).toBe('Uw post van de overheid lezen en opbergen.')
    await expectNoAxeViolations(document.body)

    await vink('Berichtenbox')
    await vink('Gegevens')
    expect(concept.diensten).toEqual(['berichten', 'gegevens'])
    expect(getByRole(document.body, 'group', 'Berichtenbox: post van welke organisaties?')).toBeDefined()
    expect(queryAllByRole(document.body, 'group', 'Lopende zaken: bij welke organisaties?')).toEqual([])
    await vink('Inkomen (Belastingdienst)')
    expect(concept.onderdelen).toEqual(['inkomens'])
    await expectNoAxeViolations(document.body)
  })

  it('says so when the catalogue cannot be fetched, and asks for it again', async () => {
    const { opnieuw } = await render({ catalogus: null, catalogusFout: new ApiError('server', { status: 503 }) })
    await vink('Gegevens')
    expect(getByRole(document.body, 'alert').textContent).toContain('We kunnen de lijst met organisaties en gegevens nu niet ophalen.')
    expect(queryAllByRole(document.body, 'group', 'Welke gegevens?')).toEqual([])
    getByRole(document.body, 'button', 'Probeer opnieuw').click()
    expect(opnieuw).toHaveLength(1)
    await expectNoAxeViolations(document.body)
  })
})
