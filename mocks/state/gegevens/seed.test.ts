import { describe, expect, it } from 'vitest'
import { createClock } from '../clock'
import { DAG_MS } from '../dates'
import { isValidBsn, testPersons } from '../persons'
import { createBrpRegister, leeftijdOp } from './brp-register'
import { seedBrp } from './seed-brp'
import { delingen } from './toestemming-delingen'

describe('the Gegevens seed', () => {
  it('holds every test person and Fatima’s family in the BRP, each BSN passing the elfproef', () => {
    const records = seedBrp(Date.now())
    for (const { bsn } of testPersons) expect(records.has(bsn), bsn).toBe(true)
    for (const bsn of ['999990123', '999990135', '999990147']) expect(records.has(bsn), bsn).toBe(true)
    for (const bsn of records.keys()) expect(isValidBsn(bsn), bsn).toBe(true)
  })

  it('is the same after every reset on the same clock', () => {
    const anker = Date.parse('2026-03-01T10:00:00Z')
    expect(seedBrp(anker)).toEqual(seedBrp(anker))
  })

  it('makes Yusuf 12 and Sara an adult whenever the reset happens', () => {
    for (const nu of ['2026-12-01T10:00:00Z', '2031-06-30T10:00:00Z']) {
      const clock = createClock()
      clock.set(new Date(nu))
      const brp = createBrpRegister(clock)
      expect(brp.persoon('999990147')?.leeftijd, nu).toBe(12)
      expect(brp.heeftGezag('999990019', '999990147')).toBe(true)
      expect(brp.heeftGezag('999990019', '999990135')).toBe(false)
      expect(brp.heeftGezag('999990056', '999990147')).toBe(false)
    }
  })

  it('counts age in whole years by the calendar day', () => {
    expect(leeftijdOp('2014-07-14', '2032-07-13')).toBe(17)
    expect(leeftijdOp('2014-07-14', '2032-07-14')).toBe(18)
  })

  it('changes a name on request and gets the seed back on reset', () => {
    const brp = createBrpRegister(createClock())
    expect(brp.wijzig('999990147', 'naam.geslachtsnaam', 'El Amrani')).toBe('El Amarni')
    expect(brp.volledigeNaam('999990147')).toBe('Yusuf El Amrani')
    expect(brp.wijzig('999991000', 'naam.geslachtsnaam', 'X')).toBeUndefined()
    brp.reset()
    expect(brp.volledigeNaam('999990147')).toBe('Yusuf El Amarni')
  })
})

describe('the shares under a toestemming', () => {
  const looptijd = { vanaf: '2026-01-01', tot: '2026-12-31' }
  const op = (datum: string) => Date.parse(`${datum}T12:00:00Z`)

  it('happen every 30 days from vanaf, up to now', () => {
    const momenten = delingen(looptijd, op('2026-03-15'))
    expect(momenten.map((moment) => new Date(moment).toISOString().slice(0, 10))).toEqual(['2026-01-01', '2026-01-31', '2026-03-02'])
  })

  it('stop at tot and at the withdrawal, whatever the clock says later', () => {
    expect(delingen(looptijd, op('2030-01-01')).at(-1)).toBeLessThanOrEqual(op('2026-12-31'))
    const ingetrokkenOp = op('2026-02-10')
    const na = delingen({ ...looptijd, ingetrokkenOp }, op('2030-01-01'))
    expect(na).toHaveLength(2)
    expect(na.every((moment) => moment <= ingetrokkenOp)).toBe(true)
    expect(delingen({ ...looptijd, ingetrokkenOp }, op('2030-01-01') + 400 * DAG_MS)).toEqual(na)
  })
})
