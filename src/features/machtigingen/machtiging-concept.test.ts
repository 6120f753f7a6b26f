import { describe, expect, it } from 'vitest'
import { bewaarConcept, leegConcept, leesConcept, naarNieuweMachtiging, wisConcept } from './machtiging-concept'

describe('the draft of "Iemand machtigen"', () => {
  it('survives in sessionStorage until wiped, only for whoever typed it, and anything unreadable counts as none', () => {
    const concept = { ...leegConcept(), bsn: '999990020', diensten: ['zaken'] }
    bewaarConcept('999990032', concept)
    expect(leesConcept('999990032')).toEqual(concept)
    expect(leesConcept('999990044')).toBeNull()
    wisConcept()
    expect(leesConcept('999990032')).toBeNull()
    window.sessionStorage.setItem('mo:machtiging-concept', '{"van": "999990032", "concept": {"bsn": 1}}')
    expect(leesConcept('999990032')).toBeNull()
  })

  it('becomes the request: services in a fixed order, "alle" without a list, only the chosen parts', () => {
    const concept = {
      ...leegConcept(),
      bsn: '9999 90 020',
      diensten: ['gegevens', 'zaken', 'berichten'],
      berichten: { bereik: 'alleen' as const, organisaties: ['SVB'] },
      zaken: { bereik: 'alle' as const, organisaties: ['Gemeente Amersfoort'] },
      onderdelen: ['inkomens', 'iets-anders'],
    }
    expect(naarNieuweMachtiging(concept, '2027-01-31')).toEqual({
      gemachtigde: { burgerservicenummer: '999990020' },
      diensten: [{ dienst: 'berichten', organisaties: ['SVB'] }, { dienst: 'zaken' }, { dienst: 'gegevens', onderdelen: ['inkomens'] }],
      geldigTot: '2027-01-31',
    })
  })
})
