import { describe, expect, it } from 'vitest'
import { instellingenSchema } from '../../../src/features/berichten/instellingen/instellingen.api'
import { backend } from '../../state/backend'
import { volgensContract } from '../contract'
import { api, probleem, useBerichtenServer, type Token } from './test-server'

useBerichtenServer()

const instellingen = async (token: Token = 'fatima') =>
  volgensContract(instellingenSchema, instellingenSchema, await (await api('/instellingen', { token })).json())
const vraagCode = (email: string, token: Token = 'fatimaSubstantieel') => api('/instellingen/email', { method: 'POST', body: { email }, token })
const verifieer = (code: string, token: Token = 'fatimaSubstantieel') => api('/instellingen/email/verificatie', { method: 'POST', body: { code }, token })
const codeUitMail = () => backend.berichtenbox.instellingen.laatsteCode('999990019') ?? ''
const fout = (code: string) => (code === '000000' ? '000001' : '000000')

describe('Berichtenbox: instellingen', () => {
  it('starts without e-mail, with reminders, and every organisation sending digitally', async () => {
    const start = await instellingen()
    expect(start.email).toBeUndefined()
    expect(start.emailGeverifieerd).toBe(false)
    expect(start.organisaties.map((organisatie) => organisatie.afzender)).toContain('Belastingdienst')
    expect(start.organisaties.every((organisatie) => organisatie.digitaal)).toBe(true)
  })

  it('saves reminders and which organisations may send digitally', async () => {
    const body = { herinneringOngelezen: false, organisaties: [{ afzender: 'CJIB', digitaal: false }] }
    const response = await api('/instellingen', { method: 'PUT', body })
    expect(response.status).toBe(200)
    const na = await instellingen()
    expect(na.herinneringOngelezen).toBe(false)
    expect(na.organisaties.find((organisatie) => organisatie.afzender === 'CJIB')?.digitaal).toBe(false)
    expect(na.organisaties.find((organisatie) => organisatie.afzender === 'RDW')?.digitaal).toBe(true)

    const onbekend = await api('/instellingen', { method: 'PUT', body: { ...body, organisaties: [{ afzender: 'Mars', digitaal: true }] } })
    expect(onbekend.status).toBe(400)
    expect((await probleem(onbekend)).invalidParams?.[0]?.name).toBe('organisaties.0.afzender')
  })

  it('verifies a new e-mail address with the 6-digit code', async () => {
    expect((await vraagCode('fatima@example.nl')).status).toBe(202)
    expect(await instellingen()).toMatchObject({ email: 'fatima@example.nl', emailGeverifieerd: false })
    expect(codeUitMail()).toMatch(/^\d{6}$/)
    expect((await verifieer(codeUitMail())).status).toBe(204)
    expect(await instellingen()).toMatchObject({ email: 'fatima@example.nl', emailGeverifieerd: true })
  })

  it('puts the e-mail it "sends" in the outbox, newest first, and still in the request log', async () => {
    await vraagCode('fatima@example.nl')
    const eerste = codeUitMail()
    await vraagCode('Fatima@Example.nl')
    const [nieuwste, oudste] = backend.mail.lijst('fatima@example.nl')
    expect(nieuwste?.tekst).toContain(codeUitMail())
    expect(oudste?.tekst).toContain(eerste)
    expect(nieuwste).toMatchObject({ aan: 'Fatima@Example.nl', onderwerp: 'Uw verificatiecode voor de Berichtenbox' })
    expect(Date.parse(nieuwste?.verzondenOp ?? '')).toBeGreaterThan(Date.now() - 60_000)
    expect(backend.mail.lijst('iemand@anders.nl')).toEqual([])
    expect(backend.requests.list('/__mock/mail').at(-1)?.body).toMatchObject({ aan: 'Fatima@Example.nl', bsn: '999990019', code: codeUitMail() })
  })

  it('keeps the verified address in use until the new one is verified', async () => {
    await vraagCode('oud@example.nl')
    await verifieer(codeUitMail())
    expect((await vraagCode('nieuw@example.nl')).status).toBe(202)
    expect(await instellingen()).toMatchObject({ email: 'oud@example.nl', emailGeverifieerd: true, nieuwEmail: 'nieuw@example.nl' })
    await verifieer(fout(codeUitMail()))
    expect(await instellingen()).toMatchObject({ email: 'oud@example.nl', emailGeverifieerd: true })
    expect((await verifieer(codeUitMail())).status).toBe(204)
    const na = await instellingen()
    expect(na).toMatchObject({ email: 'nieuw@example.nl', emailGeverifieerd: true })
    expect(na.nieuwEmail).toBeUndefined()
  })

  it('needs DigiD Substantieel to change the e-mail address: 403 acr-te-laag below it', async () => {
    for (const response of [await vraagCode('fatima@example.nl', 'fatima'), await verifieer('123456', 'fatima')]) {
      expect(response.status).toBe(403)
      expect(await probleem(response)).toMatchObject({ code: 'acr-te-laag', acrValues: 'http://eidas.europa.eu/LoA/substantial' })
    }
    expect(backend.mail.lijst()).toEqual([])
    // Reading the settings and the other choices stay open at any level.
    expect((await api('/instellingen', { token: 'fatima' })).status).toBe(200)
  })

  it('sends at most 5 codes per person an hour, then 429 with Retry-After', async () => {
    for (let keer = 1; keer <= 5; keer += 1) expect((await vraagCode(`adres${keer}@example.nl`)).status).toBe(202)
    const zesde = await vraagCode('adres6@example.nl')
    expect(zesde.status).toBe(429)
    expect(Number(zesde.headers.get('retry-after'))).toBe(3600)
    expect(await probleem(zesde)).toMatchObject({ code: 'te-veel-codes', detail: 'U heeft in het afgelopen uur al 5 codes aangevraagd. Probeer het over 1 uur opnieuw.' })
    expect(backend.mail.lijst()).toHaveLength(5)

    backend.clock.set(new Date(backend.clock.now().getTime() + 59 * 60_000))
    const bijna = await vraagCode('adres6@example.nl')
    expect(bijna.status).toBe(429)
    expect(Number(bijna.headers.get('retry-after'))).toBeLessThanOrEqual(60)
    backend.clock.set(new Date(backend.clock.now().getTime() + 61_000))
    expect((await vraagCode('adres6@example.nl')).status).toBe(202)
  })

  it('sends at most 5 codes to one address a day, whoever asks', async () => {
    for (let keer = 0; keer < 3; keer += 1) expect((await vraagCode('doelwit@example.nl')).status).toBe(202)
    backend.clock.set(new Date(backend.clock.now().getTime() + 2 * 60 * 60_000))
    for (let keer = 0; keer < 2; keer += 1) expect((await vraagCode('DOELWIT@example.nl', 'noorSubstantieel')).status).toBe(202)
    const teVeel = await vraagCode('doelwit@example.nl')
    expect(teVeel.status).toBe(429)
    expect(Number(teVeel.headers.get('retry-after'))).toBe(22 * 60 * 60)
    expect((await probleem(teVeel)).detail).toBe('Naar dit e-mailadres zijn in de afgelopen 24 uur al 5 codes gestuurd. Probeer het over 22 uur opnieuw.')
    // Another address is fine: Fatima asked for none in the last hour.
    expect((await vraagCode('ander@example.nl')).status).toBe(202)
  })

  it('allows three wrong codes, then asks for a new one', async () => {
    await vraagCode('fatima@example.nl')
    const juist = codeUitMail()
    for (const over of [2, 1]) {
      const response = await verifieer(fout(juist))
      expect(response.status).toBe(400)
      const problem = await probleem(response)
      expect(problem.title).toBe('Code onjuist')
      expect(problem.detail).toContain(`nog ${over} keer`)
    }
    const derde = await verifieer(fout(juist))
    expect(derde.status).toBe(409)
    expect((await probleem(derde)).code).toBe('te-vaak-onjuist')
    // Even the right code no longer works; a new code does.
    expect((await verifieer(juist)).status).toBe(409)
    await vraagCode('fatima@example.nl')
    expect((await verifieer(codeUitMail())).status).toBe(204)
  })

  it('refuses a wrong address, a malformed code, a code that expired and a code never asked for', async () => {
    expect((await verifieer('123456')).status).toBe(409)
    for (const email of ['', 'fatima', 'fatima@', `${'x'.repeat(250)}@example.nl`]) {
      expect((await vraagCode(email)).status, email).toBe(400)
    }
    await vraagCode('fatima@example.nl')
    expect((await verifieer('12345')).status).toBe(400)
    backend.clock.set(new Date(backend.clock.now().getTime() + 16 * 60_000))
    const verlopen = await verifieer(codeUitMail())
    expect(verlopen.status).toBe(409)
    expect((await probleem(verlopen)).code).toBe('code-verlopen')
  })
})
