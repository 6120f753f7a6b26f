import { describe, expect, it } from 'vitest'
import { backend } from '../../state/backend'
import { isoDatum } from '../../state/dates'
import { aantallen, api, lijst, probleem, useBerichtenServer } from './test-server'

useBerichtenServer()

describe('Berichtenbox: de lijst', () => {
  it('shows Postvak IN newest first, with unread ones marked', async () => {
    const { berichten } = await lijst('/berichten')
    expect(berichten).toHaveLength(20)
    const tijden = berichten.map((bericht) => bericht.publicatietijdstip)
    expect(tijden).toEqual([...tijden].sort().reverse())
    expect(berichten.every((bericht) => bericht.map === 'postvak')).toBe(true)
    expect(berichten.filter((bericht) => bericht.status === 'ongelezen')).toHaveLength(7)
  })

  it('walks all pages through the HAL links, and back', async () => {
    const gezien: string[] = []
    let href: string | undefined = '/berichten?paginaGrootte=7&afzender=Belastingdienst'
    let vorige: string | undefined
    let paginas = 0
    while (href) {
      const pagina = await lijst(href)
      gezien.push(...pagina.berichten.map((bericht) => bericht.berichtId))
      if (paginas > 0) expect(pagina._links.prev?.href).toBe(vorige)
      expect(pagina._links.self.href).toMatch(/^\/api\/berichten\?/)
      vorige = pagina._links.self.href
      href = pagina._links.next?.href
      if (href) expect(href).toContain('afzender=Belastingdienst')
      paginas += 1
    }
    const alles = await lijst('/berichten?paginaGrootte=200&afzender=Belastingdienst')
    expect(gezien).toEqual(alles.berichten.map((bericht) => bericht.berichtId))
    expect(paginas).toBe(Math.ceil(gezien.length / 7))
  })

  it('filters on afzender, read state, action needed and folder, and sorts oldest first on request', async () => {
    const uwv = await lijst('/berichten?afzender=uwv&paginaGrootte=200')
    expect(new Set(uwv.berichten.map((bericht) => bericht.afzender))).toEqual(new Set(['UWV']))

    const ongelezen = await lijst('/berichten?status=ongelezen')
    expect(ongelezen.berichten).toHaveLength(7)
    expect(ongelezen.berichten.every((bericht) => bericht.status === 'ongelezen')).toBe(true)

    const actie = await lijst('/berichten?actieNodig=true&paginaGrootte=200')
    const vandaag = isoDatum(backend.clock.now().getTime())
    expect(actie.berichten.length).toBeGreaterThan(3)
    expect(actie.berichten.every((bericht) => bericht.actie && bericht.actie.deadline >= vandaag)).toBe(true)

    const archief = await lijst('/berichten?map=archief')
    expect(archief.berichten.length).toBeGreaterThan(0)
    expect(archief.berichten.every((bericht) => bericht.map === 'archief')).toBe(true)

    const oplopend = await lijst('/berichten?sorteer=publicatietijdstip&paginaGrootte=200')
    const tijden = oplopend.berichten.map((bericht) => bericht.publicatietijdstip)
    expect(tijden).toEqual([...tijden].sort())
  })

  it('refuses bad parameters with problem+json that names them', async () => {
    for (const [query, naam] of [
      ['paginaGrootte=201', 'paginaGrootte'],
      ['paginaGrootte=0', 'paginaGrootte'],
      ['pagina=-1', 'pagina'],
      ['map=inbox', 'map'],
      ['status=gelezen,ongelezen', 'status'],
      ['sorteer=afzender', 'sorteer'],
    ] as const) {
      const response = await api(`/berichten?${query}`)
      expect(response.status, query).toBe(400)
      expect(response.headers.get('content-type')).toContain('application/problem+json')
      const problem = await probleem(response)
      expect(problem.invalidParams?.map((param) => param.name)).toEqual([naam])
    }
  })

  it('counts unread post in Postvak IN and everything per folder', async () => {
    expect(await aantallen()).toEqual({ ongelezen: 7, perMap: { postvak: 31, archief: 7, prullenbak: 2 } })
  })

  it('gives Noor an empty Berichtenbox, not an error', async () => {
    const leeg = await lijst('/berichten', 'noor')
    expect(leeg.berichten).toEqual([])
    expect(leeg._links.next).toBeUndefined()
    expect(await aantallen('noor')).toEqual({ ongelezen: 0, perMap: { postvak: 0, archief: 0, prullenbak: 0 } })
  })

  it("shows the represented person's mailbox, only the afzenders the machtiging covers", async () => {
    const alsPieter = await lijst('/berichten?paginaGrootte=200', 'pieterVoorAnna')
    const alsAnna = await lijst('/berichten?paginaGrootte=200', 'anna')
    const gedekt = (bericht: { afzender: string }) => ['SVB', 'Belastingdienst'].includes(bericht.afzender)
    expect(alsAnna.berichten.some((bericht) => !gedekt(bericht))).toBe(true)
    expect(alsPieter.berichten).toEqual(alsAnna.berichten.filter(gedekt))
    expect(alsPieter.berichten.some((bericht) => bericht.afzender === 'SVB')).toBe(true)
  })

  it('answers 401 without a valid token', async () => {
    for (const pad of ['/berichten', '/berichten/_zoeken?q=aanslag', '/berichten/_aantallen', '/instellingen']) {
      const response = await api(pad, { token: null })
      expect(response.status, pad).toBe(401)
      expect(response.headers.get('content-type')).toContain('application/problem+json')
    }
  })
})
