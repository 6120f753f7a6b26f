import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import * as v from 'valibot'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createHttpClient } from '@/shared/http'
import { brpBlokken, kindBlokken } from './brp-blokken'
import { BRP_VELDEN_EIGEN, BRP_VELDEN_KIND, gegevensApi } from './gegevens.api'
import { sleutelTekst, testPersoon } from './gegevens.fixtures'
import { brpPersoonSchema, type BrpPersoon } from './gegevens.schemas'
import { testProof } from '@/test/dpop'

/** Dataminimalisatie: the app asks the BRP for exactly the fields it shows, no more and no fewer. */
const gevraagd: unknown[] = []
const server = setupServer(
  http.post('*/api/brp/personen', async ({ request }) => {
    gevraagd.push(await request.json())
    return HttpResponse.json({ type: 'RaadpleegMetBurgerservicenummer', personen: [] })
  }),
)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  gevraagd.length = 0
})
afterAll(() => server.close())

const api = gegevensApi(createHttpClient({ baseUrl: `${window.location.origin}/api`, getAccessToken: async () => 'token', proveKey: testProof }))

/** A person with every field the lists name, so each one can be taken away in turn. */
function volledig(): BrpPersoon {
  const datum = { type: 'Datum' as const, datum: '2010-05-01', langFormaat: '1 mei 2010' }
  const naam = { voornamen: 'Youssef', geslachtsnaam: 'El Amrani' }
  return testPersoon({
    naam: { voornamen: 'Fatima', voorvoegsel: 'el', geslachtsnaam: 'Amrani' },
    partners: [{ naam, geboorte: { datum }, soortVerbintenis: { code: 'H', omschrijving: 'huwelijk' }, aangaanHuwelijkPartnerschap: { datum } }],
    kinderen: [{ naam: { voornamen: 'Yusuf', geslachtsnaam: 'El Amarni' }, geboorte: { datum } }],
    gezag: [{ type: 'GezamenlijkOuderlijkGezag', minderjarige: { burgerservicenummer: '999990147' } }],
  })
}

/** Removes one dotted path (through arrays) from a copy of the person. */
function zonder(persoon: BrpPersoon, pad: string): unknown {
  const kopie: unknown = structuredClone(persoon)
  const verwijder = (waarde: unknown, delen: string[]): void => {
    if (Array.isArray(waarde)) return waarde.forEach((item) => verwijder(item, delen))
    if (typeof waarde !== 'object' || waarde === null) return
    const [kop = '', ...rest] = delen
    if (rest.length === 0) Reflect.deleteProperty(waarde, kop)
    else verwijder(Reflect.get(waarde, kop), rest)
  }
  verwijder(kopie, pad.split('.'))
  return kopie
}

describe('the BRP fields the app asks for', () => {
  it('sends exactly the field lists, for the person and for a child', async () => {
    await api.eigenPersoon('999990019')
    await api.kind('999990147')
    expect(gevraagd).toEqual([
      { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: ['999990019'], fields: [...BRP_VELDEN_EIGEN] },
      { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: ['999990147'], fields: [...BRP_VELDEN_KIND] },
    ])
  })

  it('shows every field it asks for: without any one of them the page would show less', () => {
    const getoond = (waarde: unknown, kind: boolean) => {
      const persoon = v.parse(brpPersoonSchema, waarde)
      return JSON.stringify(kind ? kindBlokken(persoon, sleutelTekst) : brpBlokken(persoon, null, sleutelTekst))
    }
    // gezag is not shown as a value: it tells the page whose children to load (use-gegevens-secties.ts).
    for (const veld of BRP_VELDEN_EIGEN.filter((pad) => !pad.startsWith('gezag.'))) {
      expect(getoond(zonder(volledig(), veld), false), veld).not.toBe(getoond(volledig(), false))
    }
    for (const veld of BRP_VELDEN_KIND) {
      expect(getoond(zonder(volledig(), veld), true), veld).not.toBe(getoond(volledig(), true))
    }
  })
})
