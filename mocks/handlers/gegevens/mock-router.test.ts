import * as v from 'valibot'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { EIDAS_ACR } from '../../../src/features/auth/assurance-levels'
import { problemSchema } from '../../../src/shared/http/problem'
import { startTestApp, type TestApp } from '../../../server/test-app'
import { backend } from '../../state/backend'
import { dpopHeaders } from '../test-dpop'
import { leesGebruikRegels, leesToestemmingen } from './contract'

// The real server wiring (server/app.ts): /__mock/gegevens and the API on one port.
let app: TestApp
beforeAll(async () => {
  app = await startTestApp({ 'token-fatima': { bsn: '999990019', acr: EIDAS_ACR.low } })
})
afterEach(() => backend.reset())
afterAll(() => app.close())

async function alsFatima(pad: string, init: RequestInit = {}) {
  const url = `${app.origin}/api${pad}`
  return fetch(url, { ...init, headers: { ...(await dpopHeaders(init.method ?? 'GET', url, 'token-fatima')), ...init.headers } })
}
const gebruik = async (bsn: string) => leesGebruikRegels(await (await fetch(`${app.origin}/__mock/gegevens/gebruik?bsn=${bsn}`)).json())

describe('GET /__mock/gegevens/gebruik', () => {
  it("gives a person's whole usage log, newest first, with what the portal read and what a toestemming shared", async () => {
    const voor = await gebruik('999990019')
    expect(voor.length).toBeGreaterThan(40)
    expect(voor.map((regel) => regel.tijdstip)).toEqual(voor.map((regel) => regel.tijdstip).sort().reverse())
    expect(voor.some((regel) => regel.toestemmingId)).toBe(true)

    expect((await alsFatima('/kadaster/onroerende-zaken')).status).toBe(200)
    const na = await gebruik('999990019')
    expect(na).toHaveLength(voor.length + 1)
    expect(na[0]).toMatchObject({ organisatie: 'Mijn Overheid (Logius)', gegevens: ['Eigendom van uw huis', 'WOZ-waarde'] })
    expect(await gebruik('999990056')).toEqual([])
  })

  it('withdraws a toestemming sent as a merge patch through the real server, and the log shows it', async () => {
    const [bank] = leesToestemmingen(await (await alsFatima('/toestemmingen')).json()).toestemmingen
    const response = await alsFatima(`/toestemmingen/${bank?.id ?? ''}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/merge-patch+json' },
      body: JSON.stringify({ status: 'ingetrokken' }),
    })
    expect(response.status).toBe(200)
    expect((await gebruik('999990019'))[0]?.doel).toContain('Toestemming ingetrokken')
  })

  it('needs a bsn of 9 digits', async () => {
    for (const query of ['', '?bsn=12']) {
      const response = await fetch(`${app.origin}/__mock/gegevens/gebruik${query}`)
      expect(response.status).toBe(400)
      expect(v.parse(problemSchema, await response.json()).invalidParams?.[0]?.name).toBe('bsn')
    }
  })
})
