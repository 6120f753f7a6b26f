import { describe, expect, it } from 'vitest'
import { leegConcept, type Concept } from './machtiging-concept'
import { controleerTotWanneer, controleerWaarvoor, controleerWie, isElfproef, jarenVerder, veldVanParameter } from './machtiging-controle'

const sleutels = (fouten: { veld: string; sleutel?: string }[]) => fouten.map((fout) => [fout.veld, 'sleutel' in fout ? fout.sleutel : undefined])
const concept = (anders: Partial<Concept>): Concept => ({ ...leegConcept(), ...anders })
const toon = (iso: string) => `[${iso}]`

describe('the checks of "Iemand machtigen"', () => {
  it('knows the elfproef', () => {
    expect(['999990019', '999990020', '999990032', '999991000'].map(isElfproef)).toEqual([true, true, true, true])
    expect(['123456789', '999990021', '000000000', '99999001'].map(isElfproef)).toEqual([false, false, false, false])
  })

  it('refuses an empty, short, wrong or own burgerservicenummer, and accepts spaces and dots', () => {
    const f = 'machtigingen.geven.fouten'
    expect(sleutels(controleerWie(' ', null))).toEqual([['bsn', `${f}.bsnLeeg`]])
    expect(sleutels(controleerWie('12345678a', null))).toEqual([['bsn', `${f}.bsnLengte`]])
    expect(sleutels(controleerWie('123456789', null))).toEqual([['bsn', `${f}.bsnElfproef`]])
    expect(sleutels(controleerWie('9999.90.032', '999990032'))).toEqual([['bsn', `${f}.bsnZelf`]])
    expect(controleerWie('9999 90 020', '999990032')).toEqual([])
  })

  it('wants a service, and for each how far it goes', () => {
    expect(sleutels(controleerWaarvoor(leegConcept()))).toEqual([['diensten', 'machtigingen.geven.fouten.geenDienst']])
    const fouten = controleerWaarvoor(concept({ diensten: ['berichten', 'zaken', 'gegevens'], zaken: { bereik: 'alleen', organisaties: [] } }))
    expect(fouten.map((fout) => fout.veld)).toEqual(['berichten-bereik', 'zaken-organisaties', 'onderdelen'])
    expect(controleerWaarvoor(concept({ diensten: ['berichten', 'gegevens'], berichten: { bereik: 'alle', organisaties: [] }, onderdelen: ['inkomens'] }))).toEqual([])
  })

  it('allows today up to exactly five years ahead, not a day more or less', () => {
    const op = (iso: string) => {
      const [year = '', month = '', day = ''] = iso.split('-')
      return controleerTotWanneer(concept({ geldigTot: { day, month, year } }), '2026-03-15', toon)
    }
    expect(op('2026-03-15')).toEqual({ datum: '2026-03-15' })
    expect(op('2031-03-15')).toEqual({ datum: '2031-03-15' })
    expect(op('2026-03-14')).toMatchObject({ fouten: [{ veld: 'geldig-tot', sleutel: 'machtigingen.geven.fouten.verleden' }] })
    expect(op('2031-03-16')).toMatchObject({ fouten: [{ sleutel: 'machtigingen.geven.fouten.teVer', params: { jaren: 5, uiterlijk: '[2031-03-15]' } }] })
    expect(op('2026-02-30')).toMatchObject({ fouten: [{ sleutel: 'form.date.errors.notReal', delen: ['day', 'month'] }] })
    expect(jarenVerder('2028-02-29', 5)).toBe('2033-02-28')
  })

  it("sends the service's refusals to the step of their field", () => {
    expect(['gemachtigde.burgerservicenummer', 'diensten.0.organisaties.1', 'geldigTot', 'body'].map(veldVanParameter)).toEqual(['bsn', 'diensten', 'geldig-tot', null])
  })
})
