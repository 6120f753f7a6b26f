import { describe, expect, it } from 'vitest'
import { BRP_VELDEN_KIND } from '../../../src/features/gegevens/gegevens.api'
import { backend } from '../../state/backend'
import { isoDatum } from '../../state/dates'
import { leesGebruik } from './contract'
import { api, BSN, isNu, logVan, personen, probleem, useGegevensServer, type Token } from './test-server'

useGegevensServer()

const MINUUT = 60 * 1000
const PORTAAL = 'Mijn Overheid (Logius)'

async function gebruik(query = '', token: Token = 'fatima') {
  const response = await api(`/gegevensgebruik${query}`, { token })
  if (response.status !== 200) throw new Error(`${query}: ${response.status} ${await response.text()}`)
  return leesGebruik(await response.json())
}

const verzet = (minuten: number) => backend.clock.set(new Date(backend.clock.now().getTime() + minuten * MINUUT))

describe('Wie gebruikte mijn gegevens (mock)', () => {
  it('seeds two years of uses by real organisations, newest first, with purpose and legal ground', async () => {
    const lijst = await gebruik('?paginaGrootte=100')
    expect(lijst.totaal).toBeGreaterThanOrEqual(30)
    const tijden = lijst.gebruik.map((regel) => regel.tijdstip)
    expect(tijden).toEqual([...tijden].sort().reverse())
    expect(lijst.organisaties).toEqual(expect.arrayContaining(['Belastingdienst/Toeslagen', 'Gemeente Utrecht', 'UWV', 'DUO', 'CJIB', 'SVB']))
    expect(lijst.organisaties).toEqual([...lijst.organisaties].sort((a, b) => a.localeCompare(b, 'nl')))
    const toeslagen = lijst.gebruik.find((regel) => regel.organisatie === 'Belastingdienst/Toeslagen')
    expect(toeslagen).toMatchObject({ gegevens: expect.arrayContaining(['Adres']), grondslag: 'Algemene wet inkomensafhankelijke regelingen, artikel 8' })
    const oudste = Date.parse(tijden.at(-1) ?? '')
    expect(backend.clock.now().getTime() - oudste).toBeLessThan(731 * 24 * 60 * MINUUT)
  })

  it('adds a line when this portal reads data for the person, and reading the log itself adds nothing', async () => {
    const voor = (await gebruik()).totaal
    await gebruik()
    expect((await gebruik()).totaal).toBe(voor)
    await api('/rdw/voertuigen')
    const [nieuwste] = (await gebruik()).gebruik
    expect(nieuwste).toMatchObject({ organisatie: PORTAAL, gegevens: ['Voertuigen'], doel: 'U bekeek uw gegevens in Mijn Overheid' })
    expect(nieuwste?.gemachtigde).toBeUndefined()
    expect(isNu(nieuwste?.tijdstip)).toBe(true)
    expect((await gebruik()).totaal).toBe(voor + 1)
  })

  it('joins the reads of one visit within 15 minutes into one line with all data items, and starts a new one after', async () => {
    const portaal = () => logVan(BSN.fatima).filter((regel) => regel.organisatie === PORTAAL)
    await personen(BSN.fatima, ['naam.volledigeNaam'])
    verzet(10)
    await api('/duo/diplomas')
    expect(portaal()).toHaveLength(1)
    expect(portaal()[0]?.gegevens).toEqual(['Naam', "Diploma's"])
    // The line moves to the latest read.
    expect(isNu(portaal()[0]?.tijdstip)).toBe(true)
    verzet(16)
    await personen(BSN.fatima, ['naam.volledigeNaam'])
    expect(portaal()).toHaveLength(2)
  })

  it("logs a parent's read of a child on the child's log, with the parent's name", async () => {
    await personen(BSN.yusuf, BRP_VELDEN_KIND)
    expect(logVan(BSN.yusuf)[0]).toMatchObject({
      organisatie: PORTAAL,
      gemachtigde: 'Fatima El Amrani',
      doel: 'Uw ouder met gezag bekeek uw gegevens in Mijn Overheid',
      gegevens: expect.arrayContaining(['Naam', 'Adres', 'Ouders']),
    })
    expect(logVan(BSN.fatima).some((regel) => regel.organisatie === PORTAAL)).toBe(false)
  })

  it('filters on organisation and on a period (both days inclusive), and keeps every organisation for the filter', async () => {
    const alles = await gebruik('?paginaGrootte=100')
    const uwv = await gebruik('?organisatie=UWV&paginaGrootte=100')
    expect(uwv.totaal).toBeGreaterThan(0)
    expect(uwv.gebruik.every((regel) => regel.organisatie === 'UWV')).toBe(true)
    expect(uwv.organisaties).toEqual(alles.organisaties)

    const dag = isoDatum(Date.parse(alles.gebruik[5]?.tijdstip ?? ''))
    const opDieDag = await gebruik(`?vanaf=${dag}&tot=${dag}`)
    expect(opDieDag.totaal).toBeGreaterThan(0)
    expect(opDieDag.gebruik.every((regel) => isoDatum(Date.parse(regel.tijdstip)) === dag)).toBe(true)
    expect(opDieDag.totaal).toBe(alles.gebruik.filter((regel) => isoDatum(Date.parse(regel.tijdstip)) === dag).length)
    const sinds = await gebruik(`?vanaf=${dag}&paginaGrootte=100`)
    expect(sinds.gebruik.every((regel) => isoDatum(Date.parse(regel.tijdstip)) >= dag)).toBe(true)
    expect((await gebruik('?organisatie=Bestaat%20niet')).totaal).toBe(0)
  })

  it('pages from 1, 20 by default, with the total of what the filter found', async () => {
    const alles = await gebruik('?paginaGrootte=100')
    const eerste = await gebruik()
    expect(eerste).toMatchObject({ pagina: 1, paginaGrootte: 20, totaal: alles.totaal })
    expect(eerste.gebruik).toHaveLength(20)
    const tweede = await gebruik('?pagina=2&paginaGrootte=7')
    expect(tweede.gebruik.map((regel) => regel.id)).toEqual(alles.gebruik.slice(7, 14).map((regel) => regel.id))
    expect((await gebruik(`?pagina=${Math.ceil(alles.totaal / 20) + 1}`)).gebruik).toEqual([])
  })

  it('refuses bad parameters with the names of the wrong ones', async () => {
    for (const [query, naam] of [
      ['?pagina=0', 'pagina'],
      ['?paginaGrootte=101', 'paginaGrootte'],
      ['?paginaGrootte=tien', 'paginaGrootte'],
      ['?vanaf=2026-13-01', 'vanaf'],
      ['?tot=gisteren', 'tot'],
      ['?vanaf=2026-05-02&tot=2026-05-01', 'tot'],
      ['?organisatie=', 'organisatie'],
    ] as const) {
      const response = await api(`/gegevensgebruik${query}`)
      expect(response.status, query).toBe(400)
      expect((await probleem(response)).invalidParams?.map((param) => param.name), query).toContain(naam)
    }
  })

  it('gives Noor an empty log, until she looks at her own data', async () => {
    expect(await gebruik('', 'noor')).toEqual({ gebruik: [], organisaties: [], pagina: 1, paginaGrootte: 20, totaal: 0 })
    await personen(BSN.noor, ['naam.volledigeNaam'], 'noor')
    expect((await gebruik('', 'noor')).organisaties).toEqual([PORTAAL])
  })
})
