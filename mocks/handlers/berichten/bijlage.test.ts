import { describe, expect, it } from 'vitest'
import { api, bericht, lijst, useBerichtenServer } from './test-server'

useBerichtenServer()

async function eersteBijlage() {
  const metBijlage = (await lijst('/berichten?paginaGrootte=200')).berichten.find((kandidaat) => kandidaat.aantalBijlagen > 0)
  if (!metBijlage) throw new Error('geen bericht met bijlage')
  const volledig = await bericht(metBijlage.berichtId)
  const bijlage = volledig.bijlagen[0]
  if (!bijlage) throw new Error('geen bijlage')
  return { volledig, bijlage }
}

describe('Berichtenbox: bijlagen', () => {
  it('downloads a real PDF with a sensible file name', async () => {
    const { volledig, bijlage } = await eersteBijlage()
    const response = await api(bijlage._links.self.href)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-')
    expect(Number(response.headers.get('content-length'))).toBe(bytes.byteLength)
    expect(bytes.byteLength).toBe(bijlage.grootteInBytes)

    const disposition = response.headers.get('content-disposition') ?? ''
    expect(disposition).toMatch(/^attachment; filename="[a-z0-9-]+\.pdf"$/)
    expect(disposition).toContain(volledig.afzender.toLowerCase().replace(/\s+/g, '-'))
    expect(disposition).toContain('aanslag')
  })

  it('gives the same bytes every time', async () => {
    const { bijlage } = await eersteBijlage()
    const eerste = await (await api(bijlage._links.self.href)).arrayBuffer()
    const tweede = await (await api(bijlage._links.self.href)).arrayBuffer()
    expect(Buffer.from(tweede).equals(Buffer.from(eerste))).toBe(true)
  })

  it('answers 404 for an unknown bijlage and for someone else’s', async () => {
    const { volledig, bijlage } = await eersteBijlage()
    expect((await api(`/berichten/${volledig.berichtId}/bijlagen/00000000-0000-4000-8000-000000000000`)).status).toBe(404)
    const response = await api(bijlage._links.self.href, { token: 'anna' })
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toContain('application/problem+json')
    expect((await api(bijlage._links.self.href, { token: null })).status).toBe(401)
  })
})
