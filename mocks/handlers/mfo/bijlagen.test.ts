import { describe, expect, it } from 'vitest'
import { MAX_BESTAND_BYTES } from '../../../src/features/zaken/zaken.schemas'
import { CONCEPT_BEWAARD_DAGEN, MAX_CONCEPT_BIJLAGEN } from '../../state/mfo/mfo-store'
import { leesBijlage } from './contract'
import { buitenMachtiging, BYTES, geuploadeBijlage, ingediend, mfo, probleem, uploadBijlage, useTestServer, verzetKlok, yusufsAchternaam } from './test-server'

useTestServer()

describe('POST /api/correctieverzoeken/bijlagen', () => {
  it('takes a PDF, JPG or PNG by its content and gives its id, name, type and size', async () => {
    const response = await uploadBijlage({ naam: 'geboorteakte.pdf', bytes: BYTES.pdf })
    expect(response.status).toBe(201)
    expect(leesBijlage(await response.json())).toMatchObject({ bestandsnaam: 'geboorteakte.pdf', formaat: 'application/pdf', bestandsomvang: BYTES.pdf.byteLength })
    expect(await geuploadeBijlage('foto', BYTES.jpg)).toMatchObject({ bestandsnaam: 'foto.jpg', formaat: 'image/jpeg' })
  })

  it('refuses a renamed .exe (415) and a file of 11 MB (413)', async () => {
    const exe = await uploadBijlage({ naam: 'geboorteakte.pdf', bytes: BYTES.exe })
    expect(exe.status).toBe(415)
    expect((await probleem(exe)).code).toBe('bestandstype')
    const groot = new Uint8Array(11 * 1024 * 1024)
    groot.set(BYTES.pdf)
    expect(groot.byteLength).toBeGreaterThan(MAX_BESTAND_BYTES)
    const teGroot = await uploadBijlage({ naam: 'scan.pdf', bytes: groot })
    expect(teGroot.status).toBe(413)
    expect((await probleem(teGroot)).code).toBe('bestand-te-groot')
  })

  it(`forgets a file never sent after ${CONCEPT_BEWAARD_DAGEN} days, so a lost draft does not block new uploads`, async () => {
    for (let nummer = 0; nummer < MAX_CONCEPT_BIJLAGEN; nummer += 1) await geuploadeBijlage(`scan-${nummer}.pdf`)
    expect((await uploadBijlage({ naam: 'nog-een.pdf', bytes: BYTES.pdf })).status).toBe(422)
    const oud = await geuploadeBijlage('oud.pdf', undefined, 'noor')
    await verzetKlok({ dagen: CONCEPT_BEWAARD_DAGEN + 1 })
    expect((await uploadBijlage({ naam: 'nog-een.pdf', bytes: BYTES.pdf })).status).toBe(201)
    // The forgotten file is gone.
    expect((await mfo(`/bijlagen/${oud.id}`, { method: 'DELETE', token: 'noor' })).status).toBe(404)
  })

  it('needs an Idempotency-Key, so a retry cannot upload the file twice', async () => {
    const response = await uploadBijlage({ naam: 'akte.pdf', bytes: BYTES.pdf }, { sleutel: null })
    expect(response.status).toBe(400)
    expect((await probleem(response)).invalidParams).toEqual([expect.objectContaining({ name: 'Idempotency-Key', code: 'required' })])
  })

  it(`keeps at most ${MAX_CONCEPT_BIJLAGEN} waiting per person, and says how to make room`, async () => {
    const ids = []
    for (let nummer = 0; nummer < MAX_CONCEPT_BIJLAGEN; nummer += 1) ids.push((await geuploadeBijlage(`scan-${nummer}.pdf`)).id)
    const vol = await uploadBijlage({ naam: 'nog-een.pdf', bytes: BYTES.pdf })
    expect(vol.status).toBe(422)
    const body = await probleem(vol)
    expect(body).toMatchObject({ code: 'te-veel-bijlagen', invalidParams: [{ name: 'bestand', code: 'te-veel' }] })
    expect(body.detail).toContain('Verwijder')
    expect((await mfo(`/bijlagen/${ids[0] ?? ''}`, { method: 'DELETE' })).status).toBe(204)
    expect((await uploadBijlage({ naam: 'nog-een.pdf', bytes: BYTES.pdf })).status).toBe(201)
    // Another person's room is their own.
    expect((await uploadBijlage({ naam: 'noor.pdf', bytes: BYTES.pdf }, { token: 'noor' })).status).toBe(201)
  })

  it('is never open to someone acting for another', async () => {
    await buitenMachtiging(await uploadBijlage({ naam: 'akte.pdf', bytes: BYTES.pdf }, { token: 'ruudVoorSanne' }), 'nooit')
  })
})

describe('DELETE /api/correctieverzoeken/bijlagen/{id}', () => {
  it("deletes one's own waiting file once; another person's id is not found", async () => {
    const { id } = await geuploadeBijlage()
    expect((await mfo(`/bijlagen/${id}`, { method: 'DELETE', token: 'noor' })).status).toBe(404)
    expect((await mfo(`/bijlagen/${id}`, { method: 'DELETE' })).status).toBe(204)
    expect((await mfo(`/bijlagen/${id}`, { method: 'DELETE' })).status).toBe(404)
  })

  it('keeps a file that went with a request: it is part of the zaak now (409)', async () => {
    const { id } = await geuploadeBijlage()
    await ingediend(yusufsAchternaam({ bijlagen: [id] }))
    const response = await mfo(`/bijlagen/${id}`, { method: 'DELETE' })
    expect(response.status).toBe(409)
    expect((await probleem(response)).code).toBe('bijlage-verstuurd')
  })
})
