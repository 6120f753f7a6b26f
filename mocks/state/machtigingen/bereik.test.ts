import { describe, expect, it } from 'vitest'
import { bereikVan, dienstenVan, samenvoegen } from './bereik'

describe('bereik: what a machtiging covers', () => {
  it('shows a scope as the API’s diensten, in a fixed order, without organisaties when it is all of them', () => {
    expect(dienstenVan({ gegevens: ['inkomens'], zaken: 'alle', berichten: ['SVB'] })).toEqual([
      { dienst: 'berichten', organisaties: ['SVB'] },
      { dienst: 'zaken' },
      { dienst: 'gegevens', onderdelen: ['inkomens'] },
    ])
    expect(dienstenVan({ gegevens: [] })).toEqual([])
  })

  it('reads the diensten of a new machtiging back into a scope', () => {
    const diensten = [{ dienst: 'zaken' as const }, { dienst: 'berichten' as const, organisaties: ['SVB', 'UWV'] }, { dienst: 'gegevens' as const, onderdelen: ['inkomens' as const] }]
    expect(bereikVan(diensten)).toEqual({ zaken: 'alle', berichten: ['SVB', 'UWV'], gegevens: ['inkomens'] })
    expect(dienstenVan(bereikVan(diensten))).toEqual([diensten[1], diensten[0], diensten[2]])
  })

  it('adds up several machtigingen of the same two people: all organisations wins, lists join without doubles', () => {
    expect(
      samenvoegen([
        { berichten: ['SVB', 'Belastingdienst'], zaken: ['Gemeente Amersfoort'] },
        { berichten: ['Belastingdienst', 'UWV'], gegevens: ['inkomens'] },
        { zaken: 'alle', gegevens: ['inkomens', 'voertuigen'] },
      ]),
    ).toEqual({ berichten: ['SVB', 'Belastingdienst', 'UWV'], zaken: 'alle', gegevens: ['inkomens', 'voertuigen'] })
    expect(samenvoegen([])).toEqual({})
  })
})
