import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { backend } from '../../state/backend'
import { api, useBerichtenServer } from './test-server'
import { ProblemSchema } from './test-schemas'

useBerichtenServer()

const InstellingenSchema = v.strictObject({
  email: v.optional(v.string()),
  emailGeverifieerd: v.boolean(),
  herinneringOngelezen: v.boolean(),
  organisaties: v.array(v.strictObject({ afzender: v.string(), digitaal: v.boolean() })),
})

const instellingen = async () => v.parse(InstellingenSchema, await (await api('/instellingen')).json())
const vraagCode = (email: string) => api('/instellingen/email', { method: 'POST', body: { email } })
const verifieer = (code: string) => api('/instellingen/email/verificatie', { method: 'POST', body: { code } })
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
    expect(v.parse(ProblemSchema, await onbekend.json()).invalidParams?.[0]?.name).toBe('organisaties.0.afzender')
  })

  it('verifies a new e-mail address with the 6-digit code', async () => {
    expect((await vraagCode('fatima@example.nl')).status).toBe(202)
    expect(await instellingen()).toMatchObject({ email: 'fatima@example.nl', emailGeverifieerd: false })
    expect(codeUitMail()).toMatch(/^\d{6}$/)
    expect((await verifieer(codeUitMail())).status).toBe(204)
    expect(await instellingen()).toMatchObject({ email: 'fatima@example.nl', emailGeverifieerd: true })
  })

  it('logs the e-mail it "sends", so tests read the code through /__mock/requests', async () => {
    await vraagCode('fatima@example.nl')
    const [mail] = backend.requests.list('/__mock/mail')
    expect(mail?.body).toMatchObject({ aan: 'fatima@example.nl', code: codeUitMail() })
  })

  it('allows three wrong codes, then asks for a new one', async () => {
    await vraagCode('fatima@example.nl')
    const juist = codeUitMail()
    for (const over of [2, 1]) {
      const response = await verifieer(fout(juist))
      expect(response.status).toBe(400)
      const problem = v.parse(ProblemSchema, await response.json())
      expect(problem.title).toBe('Code onjuist')
      expect(problem.detail).toContain(`nog ${over} keer`)
    }
    const derde = await verifieer(fout(juist))
    expect(derde.status).toBe(409)
    expect(v.parse(ProblemSchema, await derde.json()).code).toBe('te-vaak-onjuist')
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
    expect(v.parse(ProblemSchema, await verlopen.json()).code).toBe('code-verlopen')
  })
})
