import { describe, expect, it } from 'vitest'
import { EIDAS_ACR } from '../../../src/features/auth/assurance-levels'
import { MAX_BIJLAGEN, MAX_TEKST, MAX_WAARDE } from '../../../src/features/mfo/mfo.schemas'
import { backend } from '../../state/backend'
import { dpopHeaders } from '../test-dpop'
import { api } from '../test-server'
import { leesLijst, leesZaak } from '../zaken/contract'
import { leesVerzoek, leesVerzoeken } from './contract'
import { BSN, buitenMachtiging, geuploadeBijlage, ingediend, mfo, probleem, useTestServer, vandaag, yusufsAchternaam } from './test-server'

useTestServer()

const fatimasZaken = async () => leesLijst(await (await api('/zaken/zaken?pageSize=100', { token: 'fatima' })).json()).results

/** The invalidParams of a refused request, as [name, code]. */
async function geweigerd(body: unknown): Promise<[string, string | undefined][]> {
  const response = await mfo('', { method: 'POST', body })
  expect(response.status).toBe(422)
  return ((await probleem(response)).invalidParams ?? []).map(({ name, code }) => [name, code])
}

describe('POST /api/correctieverzoeken', () => {
  it('takes the request, starts a zaak "Correctieverzoek" at Ontvangen and puts the files on it', async () => {
    const akte = await geuploadeBijlage('geboorteakte.pdf')
    const verzoek = await ingediend(yusufsAchternaam({ bijlagen: [akte.id] }))
    expect(verzoek).toMatchObject({
      status: 'ontvangen',
      gegeven: { id: 'brp.999990147.geslachtsnaam', waarde: 'El Amarni', onderwerp: 'Yusuf El Amarni (uw kind)', bronhouder: 'Gemeente Utrecht', registratieNaam: 'Basisregistratie Personen (BRP)' },
      gewensteWaarde: 'El Amrani',
      bijlagen: [akte],
      heropeningen: [],
    })
    expect(verzoek.referentie).toBe(verzoek.zaak.identificatie)
    expect(verzoek.resultaat).toBeUndefined()

    const [nieuwste] = await fatimasZaken()
    expect(nieuwste).toMatchObject({ uuid: verzoek.zaak.uuid, omschrijving: 'Correctieverzoek: Achternaam van Yusuf El Amarni', organisatie: 'Meldpunt Fouten in Overheidsregistraties' })
    expect(nieuwste?.huidigeStatus.omschrijving).toBe('Ontvangen')
    const zaak = leesZaak(await (await api(`/zaken/zaken/${verzoek.zaak.uuid}`, { token: 'fatima' })).json())
    expect(zaak.toelichting).toContain('"El Amarni"')
    expect(zaak.toelichting).toContain('"El Amrani"')
    expect(zaak._expand.zaaktype.statustypen.map(({ omschrijving }) => omschrijving)).toEqual(['Ontvangen', 'In behandeling', 'Navraag bij bronhouder', 'Afgerond'])
    expect(zaak._expand.zaakinformatieobjecten.map(({ titel, toegevoegdDoor }) => [titel, toegevoegdDoor])).toEqual([['geboorteakte', 'u']])

    expect(leesVerzoeken(await (await mfo('')).json()).correctieverzoeken.map(({ id }) => id)).toEqual([verzoek.id])
    expect(leesVerzoek(await (await mfo(`/${verzoek.id}`, { token: 'fatima' })).json())).toEqual(verzoek)
    expect((await mfo(`/${verzoek.id}`, { token: 'noor' })).status).toBe(404)
  })

  it('lists the newest first', async () => {
    const eerste = await ingediend()
    const tweede = await ingediend(yusufsAchternaam({ gegeven: { id: 'rdw.T-472-KV.kleur', huidigeWaarde: 'Grijs' }, gewensteWaarde: 'Blauw' }))
    expect(leesVerzoeken(await (await mfo('')).json()).correctieverzoeken.map(({ id }) => id)).toEqual([tweede.id, eerste.id])
    expect((await fatimasZaken())[0]?.omschrijving).toBe('Correctieverzoek: Kleur van auto T-472-KV')
  })

  it.each([
    ['an unknown item', { gegeven: { id: 'brp.999990147.schoenmaat', huidigeWaarde: '38' } }, [['gegeven.id', 'onbekend']]],
    ["another person's item", { gegeven: { id: 'brp.999990135.geslachtsnaam', huidigeWaarde: 'El Amrani' } }, [['gegeven.id', 'onbekend']]],
    ['a value that is not the one registered', { gegeven: { id: 'brp.999990147.geslachtsnaam', huidigeWaarde: 'El Amrani' } }, [['gegeven.huidigeWaarde', 'gewijzigd']]],
    ['no new value', { gewensteWaarde: '   ' }, [['gewensteWaarde', 'required']]],
    ['the same value, with spaces around it', { gewensteWaarde: '  El Amarni ' }, [['gewensteWaarde', 'gelijk']]],
    ['a new value that is too long', { gewensteWaarde: 'a'.repeat(MAX_WAARDE + 1) }, [['gewensteWaarde', 'te-lang']]],
    ['no explanation', { toelichting: '\n \t' }, [['toelichting', 'required']]],
    ['an explanation of 10,000 characters', { toelichting: 'x'.repeat(10_000) }, [['toelichting', 'te-lang']]],
    ['contact on a day still to come', { contactBronhouder: { gehad: true, datum: vandaag(1), antwoord: 'Dat klopt.' } }, [['contactBronhouder.datum', 'toekomst']]],
    ['contact on a day not in the calendar', { contactBronhouder: { gehad: true, datum: '2025-02-30', antwoord: 'Dat klopt.' } }, [['contactBronhouder.datum', 'format']]],
    ["contact without the organisation's answer", { contactBronhouder: { gehad: true, datum: vandaag(), antwoord: ' ' } }, [['contactBronhouder.antwoord', 'required']]],
    ['an answer that is too long', { contactBronhouder: { gehad: true, datum: vandaag(), antwoord: 'x'.repeat(MAX_TEKST + 1) } }, [['contactBronhouder.antwoord', 'te-lang']]],
    ['consequences that are too long', { gevolgen: { omschrijving: 'x'.repeat(MAX_TEKST + 1), opschortenGevraagd: true } }, [['gevolgen.omschrijving', 'te-lang']]],
    ['a file nobody uploaded', { bijlagen: ['5b0f8a8e-0000-4000-8000-000000000000'] }, [['bijlagen', 'onbekend']]],
    ['an e-mail address without a domain', { contactvoorkeur: { kanaal: 'email', email: 'fatima@' } }, [['contactvoorkeur.email', 'format']]],
    ['a phone number of 7 digits', { contactvoorkeur: { kanaal: 'telefoon', telefoonnummer: '030 1234' } }, [['contactvoorkeur.telefoonnummer', 'format']]],
    ['a phone number with letters', { contactvoorkeur: { kanaal: 'telefoon', telefoonnummer: '06 1234 567 8a' } }, [['contactvoorkeur.telefoonnummer', 'format']]],
  ])('refuses %s (422) under the name of its field', async (_wat, wijzig, verwacht) => {
    expect(await geweigerd(yusufsAchternaam(wijzig))).toEqual(verwacht)
    expect(backend.mfo.lijst(BSN.fatima)).toEqual([])
  })

  it('names every wrong field at once', async () => {
    const body = { gegeven: {}, contactBronhouder: {}, gevolgen: {}, contactvoorkeur: { kanaal: 'duif' } }
    expect(await geweigerd(body)).toEqual([
      ['gegeven.id', 'required'],
      ['gegeven.huidigeWaarde', 'required'],
      ['gewensteWaarde', 'required'],
      ['toelichting', 'required'],
      ['contactBronhouder.gehad', 'required'],
      ['gevolgen.opschortenGevraagd', 'required'],
      ['contactvoorkeur.kanaal', 'required'],
    ])
  })

  it(`takes at most ${MAX_BIJLAGEN} files; the same one twice counts once`, async () => {
    const ids = []
    for (let nummer = 0; nummer <= MAX_BIJLAGEN; nummer += 1) ids.push((await geuploadeBijlage(`bewijs-${nummer}.pdf`)).id)
    expect(await geweigerd(yusufsAchternaam({ bijlagen: ids }))).toEqual([['bijlagen', 'te-veel']])
    const vijf = ids.slice(0, MAX_BIJLAGEN)
    expect((await ingediend(yusufsAchternaam({ bijlagen: [...vijf, vijf[0]] }))).bijlagen.map(({ id }) => id)).toEqual(vijf)
    // Sent once, a file is no longer free to go with another request.
    expect(await geweigerd(yusufsAchternaam({ bijlagen: [vijf[0]] }))).toEqual([['bijlagen', 'onbekend']])
  })

  it("refuses another person's file as unknown", async () => {
    const vanNoor = await geuploadeBijlage('noor.pdf', undefined, 'noorSubstantieel')
    expect(await geweigerd(yusufsAchternaam({ bijlagen: [vanNoor.id] }))).toEqual([['bijlagen', 'onbekend']])
  })

  it('keeps emoji and right-to-left text as typed, without control characters, in one normal form', async () => {
    const toelichting = 'Zijn naam is fout 😢\r\nاسمه العمراني\u0007 — שמו אל עמראני 👨‍👩‍👦 Caf\u0065\u0301'
    const verzoek = await ingediend(yusufsAchternaam({ toelichting, gevolgen: { omschrijving: '', opschortenGevraagd: true } }))
    expect(verzoek.toelichting).toBe('Zijn naam is fout 😢\nاسمه العمراني — שמו אל עמראני 👨‍👩‍👦 Café')
    expect(verzoek.gevolgen).toEqual({ omschrijving: '', opschortenGevraagd: true })
  })

  it('drops invisible characters that make a value look like the current one or turn text around', async () => {
    // A zero-width space after the current value: it is the current value (attacker's probe).
    expect(await geweigerd(yusufsAchternaam({ gewensteWaarde: 'El Amarni\u200B' }))).toEqual([['gewensteWaarde', 'gelijk']])
    const verzoek = await ingediend(yusufsAchternaam({ gewensteWaarde: '\u202EEl Amrani', toelichting: 'Regel een\u2028regel twee 👨‍👩‍👦' }))
    expect(verzoek.gewensteWaarde).toBe('El Amrani')
    expect(verzoek.toelichting).toBe('Regel een\nregel twee 👨‍👩‍👦')
    expect(await geweigerd(yusufsAchternaam({ gewensteWaarde: '\u0301\u0301El' }))).toEqual([['gewensteWaarde', 'format']])
  })

  it('refuses a contact date before 1900 and an e-mail address with characters no address has', async () => {
    expect(await geweigerd(yusufsAchternaam({ contactBronhouder: { gehad: true, datum: '0000-01-01', antwoord: 'Ja.' } }))).toEqual([['contactBronhouder.datum', 'format']])
    expect(await geweigerd(yusufsAchternaam({ contactvoorkeur: { kanaal: 'email', email: 'a"<script>@b.nl' } }))).toEqual([['contactvoorkeur.email', 'format']])
  })

  it(`counts characters as people do: ${MAX_TEKST} emoji fit`, async () => {
    expect((await ingediend(yusufsAchternaam({ toelichting: '😢'.repeat(MAX_TEKST) }))).toelichting).toHaveLength(MAX_TEKST * 2)
    expect(await geweigerd(yusufsAchternaam({ toelichting: '😢'.repeat(MAX_TEKST + 1) }))).toEqual([['toelichting', 'te-lang']])
  })

  it('takes contact today, a phone number and post', async () => {
    const contact = { gehad: true, datum: vandaag(), antwoord: 'De gemeente zei: meld het bij het Meldpunt.' }
    expect((await ingediend(yusufsAchternaam({ contactBronhouder: contact, contactvoorkeur: { kanaal: 'telefoon', telefoonnummer: '+31 6 1234-5678' } }))).contactBronhouder).toEqual(contact)
    expect((await ingediend(yusufsAchternaam({ contactvoorkeur: { kanaal: 'post' } }))).contactvoorkeur).toEqual({ kanaal: 'post' })
  })

  it('says the value changed meanwhile when the registration was corrected after the list was read', async () => {
    backend.gegevens.brp.wijzig(BSN.yusuf, 'naam.geslachtsnaam', 'El Amrani')
    expect(await geweigerd(yusufsAchternaam())).toEqual([['gegeven.huidigeWaarde', 'gewijzigd']])
  })

  it('needs DigiD Substantieel (403 acr-te-laag) and an Idempotency-Key (400)', async () => {
    const laag = await mfo('', { method: 'POST', body: yusufsAchternaam(), token: 'fatima' })
    expect(laag.status).toBe(403)
    expect(await probleem(laag)).toMatchObject({ code: 'acr-te-laag', acrValues: EIDAS_ACR.substantial })
    const zonder = await mfo('', { method: 'POST', body: yusufsAchternaam(), sleutel: null })
    expect(zonder.status).toBe(400)
    expect((await probleem(zonder)).invalidParams).toEqual([expect.objectContaining({ name: 'Idempotency-Key', code: 'required' })])
    expect(backend.mfo.lijst(BSN.fatima)).toEqual([])
  })

  it('refuses a gemachtigde at any level (403 buiten-machtiging) and creates nothing', async () => {
    for (const token of ['pieterSubstantieelVoorAnna', 'ruudVoorSanne'] as const) {
      await buitenMachtiging(await mfo('', { method: 'POST', body: yusufsAchternaam(), token }), 'nooit', token)
    }
    expect(backend.mfo.lijst(BSN.anna)).toEqual([])
    expect(backend.mfo.lijst(BSN.sanne)).toEqual([])
  })

  it('takes JSON objects only', async () => {
    expect((await mfo('', { method: 'POST', body: [yusufsAchternaam()] })).status).toBe(400)
    const url = 'http://localhost/api/correctieverzoeken'
    const tekst = await fetch(url, {
      method: 'POST',
      headers: { ...(await dpopHeaders('POST', url, 'fatimaSubstantieel')), 'Idempotency-Key': 'x', 'Content-Type': 'text/plain' },
      body: 'El Amrani',
    })
    expect(tekst.status).toBe(415)
  })
})

describe('POST /api/correctieverzoeken/{id}/heropeningen', () => {
  it('reopens only a closed request (409 niet-afgerond), with a reason, of the person', async () => {
    const verzoek = await ingediend()
    const open = await mfo(`/${verzoek.id}/heropeningen`, { method: 'POST', body: { reden: 'Nog steeds fout.' } })
    expect(open.status).toBe(409)
    expect((await probleem(open)).code).toBe('niet-afgerond')
    const zonderReden = await mfo(`/${verzoek.id}/heropeningen`, { method: 'POST', body: { reden: ' ' } })
    expect(zonderReden.status).toBe(422)
    expect((await probleem(zonderReden)).invalidParams).toEqual([expect.objectContaining({ name: 'reden', code: 'required' })])
    expect((await mfo(`/${verzoek.id}/heropeningen`, { method: 'POST', body: { reden: 'x' }, token: 'noorSubstantieel' })).status).toBe(404)
  })

  it('needs DigiD Substantieel, as sending did', async () => {
    const verzoek = await ingediend()
    const opMidden = await mfo(`/${verzoek.id}/heropeningen`, { method: 'POST', body: { reden: 'Nog steeds fout.' }, token: 'fatima' })
    expect(opMidden.status).toBe(403)
    expect((await probleem(opMidden)).code).toBe('acr-te-laag')
  })
})
