import { describe, expect, it } from 'vitest'
import { createClock } from '../clock'
import { createHandelingenLog, SAMENVOEGEN_MS, type NieuweHandeling } from './handelingen-store'

const ANNA = '999990032'
const PIETER = '999990020'

function opzet() {
  const clock = createClock()
  const log = createHandelingenLog(clock, (bsn) => (bsn === PIETER ? 'Pieter de Vries' : undefined))
  const verzet = (ms: number) => clock.set(new Date(clock.now().getTime() + ms))
  return { log, verzet }
}

const lezen: NieuweHandeling = { volmachtgever: ANNA, gemachtigde: PIETER, actie: 'Bekeken', gegevens: 'Berichten', toegestaan: true }

describe('the log of what was done on behalf', () => {
  it('shows each line with the gemachtigde’s name, first and last time and a count', () => {
    const { log } = opzet()
    log.legVast(lezen)
    expect(log.lijst(ANNA, 0, 10)).toEqual({
      handelingen: [{ id: expect.any(String), tijdstip: expect.any(String), laatstOp: expect.any(String), aantal: 1, gemachtigde: { naam: 'Pieter de Vries' }, actie: 'Bekeken', gegevens: 'Berichten', toegestaan: true }],
      totaal: 1,
      heeftVolgende: false,
    })
    expect(log.lijst(PIETER, 0, 10).totaal).toBe(0)
  })

  it('names someone the BRP does not know by their BSN', () => {
    const { log } = opzet()
    log.legVast({ ...lezen, gemachtigde: '999991000' })
    expect(log.lijst(ANNA, 0, 1).handelingen[0]?.gemachtigde).toEqual({ naam: 'burgerservicenummer 999991000' })
  })

  it('joins the same thing within 15 minutes of its last time, and starts a new line after', () => {
    const { log, verzet } = opzet()
    log.legVast(lezen)
    verzet(SAMENVOEGEN_MS - 1000)
    log.legVast(lezen)
    verzet(SAMENVOEGEN_MS - 1000)
    log.legVast(lezen)
    expect(log.lijst(ANNA, 0, 10).handelingen.map(({ aantal }) => aantal)).toEqual([3])
    verzet(SAMENVOEGEN_MS)
    log.legVast(lezen)
    expect(log.lijst(ANNA, 0, 10).handelingen.map(({ aantal }) => aantal)).toEqual([1, 3])
  })

  it('keeps apart what differs in action, data or outcome', () => {
    const { log } = opzet()
    log.legVast(lezen)
    log.legVast({ ...lezen, toegestaan: false })
    log.legVast({ ...lezen, gegevens: 'Zaken' })
    log.legVast({ ...lezen, actie: 'Gewijzigd' })
    expect(log.lijst(ANNA, 0, 10).totaal).toBe(4)
  })

  it('lets a handler put it more precisely, joining an equal precise line and giving back the general count', () => {
    const { log } = opzet()
    const algemeen = () => log.legVast({ ...lezen, actie: 'Gewijzigd', gegevens: 'Berichten van SVB' })
    log.beschrijf(algemeen(), 'Bericht verplaatst naar het archief', 'Bericht van SVB: AOW')
    log.beschrijf(algemeen(), 'Bericht verplaatst naar het archief', 'Bericht van SVB: AOW')
    expect(log.lijst(ANNA, 0, 10).handelingen.map(({ actie, aantal }) => [actie, aantal])).toEqual([['Bericht verplaatst naar het archief', 2]])

    // A general line already counted twice loses one to the precise line.
    algemeen()
    algemeen()
    log.beschrijf(algemeen(), 'Bericht gelezen', 'Bericht van SVB: AOW')
    expect(log.lijst(ANNA, 0, 10).handelingen.map(({ actie, aantal }) => [actie, aantal]).sort()).toEqual([
      ['Bericht gelezen', 1],
      ['Bericht verplaatst naar het archief', 2],
      ['Gewijzigd', 2],
    ])
  })

  it('pages newest first (by the last time) and forgets everything on reset', () => {
    const { log, verzet } = opzet()
    for (const gegevens of ['een', 'twee', 'drie']) {
      log.legVast({ ...lezen, gegevens })
      verzet(1000)
    }
    log.legVast({ ...lezen, gegevens: 'een' })
    expect(log.lijst(ANNA, 0, 2)).toMatchObject({ totaal: 3, heeftVolgende: true, handelingen: [{ gegevens: 'een' }, { gegevens: 'drie' }] })
    expect(log.lijst(ANNA, 1, 2)).toMatchObject({ heeftVolgende: false, handelingen: [{ gegevens: 'twee' }] })
    log.reset()
    expect(log.lijst(ANNA, 0, 2).totaal).toBe(0)
  })
})
