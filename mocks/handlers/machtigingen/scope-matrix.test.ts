import { describe, expect, it } from 'vitest'
import type { GegevensOnderdeel } from '../../../src/features/machtigingen/machtigingen.schemas'
import { backend } from '../../state/backend'
import { leesBericht, leesLijst as leesBerichten } from '../berichten/contract'
import { leesToestemmingen } from '../gegevens/contract'
import { handlers } from '../index'
import { api, BSN, buitenMachtiging, gewijzigd, MACHTIGING, machtigingenVan, nieuweMachtiging, useTestServer, vandaag, verzetKlok, type Reden, type Token } from '../test-server'
import { leesDocument, leesLijst as leesZaken, leesZaak } from '../zaken/contract'
import { BYTES, upload } from '../zaken/test-server'

useTestServer()

/**
 * The role × endpoint matrix (issue 9, "What must be true" 3): every /api endpoint and method the handlers register,
 * for every way of acting on someone's behalf, with real ids from the seed. Outside the scope: 403 problem+json
 * `buiten-machtiging`. Inside it: the answer the owner would get, never a 403.
 */

// The data a request is about.
interface Brief {
  id: string
  bijlage: string
}
interface Zaak {
  uuid: string
  organisatie: string
  /** An open task, when the zaak has one. */
  taak?: string
  document: string
  /** A letter of this zaak (for _voor-bericht and reacties). */
  brief: string
}
interface Dossier {
  bsn: string
  brief: { binnen?: Brief; buiten?: Brief }
  /** A letter within the scope that the owner moved to the trash: deleting it for good would work for them. */
  inPrullenbak: string
  zaak: { binnen?: Zaak; buiten?: Zaak }
  toestemming: string
  machtiging: string
}

/** Whether the machtiging covers an organisation (afzender of a letter, organisation of a zaak). */
interface Bereik {
  berichten(afzender: string): boolean
  zaken(organisatie: string): boolean
  gegevens: readonly GegevensOnderdeel[]
}

/** What a request is about: the item is in or out of scope, or someone else's (`vreemd`); no item: a list. */
type Over =
  | { dienst: 'berichten' | 'zaken'; item?: 'binnen' | 'buiten' | 'vreemd' }
  | { dienst: 'gegevens'; onderdeel: GegevensOnderdeel; vreemd?: true }
  // The person's own business: never for a gemachtigde (settings, e-mail, delete for good, machtigingen).
  | { dienst: 'persoonlijk' }
  // About the login itself or the acting person's own data: always open.
  | { dienst: 'eigen' }

interface Verzoek {
  pad: string
  method?: string
  body?: unknown
  contentType?: string
  /** multipart/form-data with a PDF in `bestand` */
  upload?: true
}

interface Context {
  dossier: Dossier
  /** Someone else's (Fatima's), for "another person's ids". */
  vreemd: Dossier
  /** The BSN of the one acting. */
  ik: string
}

interface Variant {
  over: Over
  /** undefined: this dossier has no such item (everything of Henk's is within Ruud's bewind). */
  vraag(context: Context): Verzoek | undefined
}

type Item = 'binnen' | 'buiten' | 'vreemd'
const briefVan = ({ dossier, vreemd }: Context, item: Item) => (item === 'vreemd' ? vreemd.brief.binnen : dossier.brief[item])
const zaakVan = ({ dossier, vreemd }: Context, item: Item) => (item === 'vreemd' ? vreemd.zaak.binnen : dossier.zaak[item])
const ITEMS: readonly Item[] = ['binnen', 'buiten', 'vreemd']

/** One variant per item, for requests about one letter. */
const perBrief = (dienst: 'berichten', maak: (brief: Brief, context: Context) => Verzoek): Variant[] =>
  ITEMS.map((item) => ({ over: { dienst, item }, vraag: (context) => mapOptional(briefVan(context, item), (brief) => maak(brief, context)) }))
const perZaak = (maak: (zaak: Zaak) => Verzoek | undefined): Variant[] =>
  ITEMS.map((item) => ({ over: { dienst: 'zaken', item }, vraag: (context) => mapOptional(zaakVan(context, item), maak) }))
/** For a task of the zaak: only zaken with an open task. */
const perTaak = (maak: (zaak: Zaak, taak: string) => Verzoek) => perZaak((zaak) => mapOptional(zaak.taak, (taak) => maak(zaak, taak)))
function mapOptional<T, U>(waarde: T | undefined, maak: (waarde: T) => U | undefined): U | undefined {
  return waarde === undefined ? undefined : maak(waarde)
}

const lijst = (dienst: 'berichten' | 'zaken', pad: string): Variant[] => [{ over: { dienst }, vraag: () => ({ pad }) }]
const bron = (onderdeel: GegevensOnderdeel, pad: string): Variant[] => [{ over: { dienst: 'gegevens', onderdeel }, vraag: () => ({ pad }) }]
const persoonlijk = (vraag: (context: Context) => Verzoek): Variant[] => [{ over: { dienst: 'persoonlijk' }, vraag }]
const MERGE_PATCH = 'application/merge-patch+json'

/** POST /brp/…: about the person acted for, about someone else, or about the acting person (the header shows their name). */
const brp = (body: (bsn: string) => unknown, pad: string): Variant[] => [
  { over: { dienst: 'gegevens', onderdeel: 'brp' }, vraag: ({ dossier }) => ({ pad, method: 'POST', body: body(dossier.bsn) }) },
  { over: { dienst: 'gegevens', onderdeel: 'brp', vreemd: true }, vraag: ({ vreemd }) => ({ pad, method: 'POST', body: body(vreemd.bsn) }) },
  { over: { dienst: 'eigen' }, vraag: ({ ik }) => ({ pad, method: 'POST', body: body(ik) }) },
]

/** The seed has no correctieverzoeken: a gemachtigde is refused before any id is looked at. */
const EEN_VERZOEK = '5b0f8a8e-3c8d-4e5a-9a51-2f3c6d7e8c01'
/** A valid request about the person's own achternaam, as the owner could send it. */
const correctieverzoek = (bsn: string) => ({
  gegeven: { id: `brp.${bsn}.geslachtsnaam`, huidigeWaarde: backend.gegevens.brp.persoon(bsn)?.naam.geslachtsnaam ?? '' },
  gewensteWaarde: 'Anders',
  toelichting: 'Mijn achternaam is verkeerd gespeld.',
  contactBronhouder: { gehad: false },
  gevolgen: { omschrijving: '', opschortenGevraagd: false },
  bijlagen: [],
  contactvoorkeur: { kanaal: 'post' },
})

/** Every endpoint, by method and path as msw registers it (below /api). */
const MATRIX: Record<string, Variant[]> = {
  'GET /berichten': lijst('berichten', '/berichten'),
  'GET /berichten/_zoeken': lijst('berichten', '/berichten/_zoeken?q=aanslag'),
  'GET /berichten/_aantallen': lijst('berichten', '/berichten/_aantallen'),
  'GET /berichten/:berichtId/bijlagen/:bijlageId': perBrief('berichten', (brief) => ({ pad: `/berichten/${brief.id}/bijlagen/${brief.bijlage}` })),
  'GET /berichten/:berichtId': perBrief('berichten', (brief) => ({ pad: `/berichten/${brief.id}` })),
  'PATCH /berichten/:berichtId': [
    ...perBrief('berichten', (brief) => ({ pad: `/berichten/${brief.id}`, method: 'PATCH', body: { status: 'gelezen' }, contentType: MERGE_PATCH })),
    // The prullenbak empties itself after 30 days: moving a letter there is deleting it, so never for a gemachtigde.
    ...persoonlijk(({ dossier }) => ({ pad: `/berichten/${dossier.brief.binnen?.id ?? dossier.inPrullenbak}`, method: 'PATCH', body: { map: 'prullenbak' }, contentType: MERGE_PATCH })),
  ],
  'DELETE /berichten/:berichtId': [
    ...persoonlijk(({ dossier }) => ({ pad: `/berichten/${dossier.inPrullenbak}`, method: 'DELETE' })),
    ...persoonlijk(({ vreemd }) => ({ pad: `/berichten/${vreemd.inPrullenbak}`, method: 'DELETE' })),
  ],
  'GET /berichtenbox/instellingen': persoonlijk(() => ({ pad: '/berichtenbox/instellingen' })),
  'PUT /berichtenbox/instellingen': persoonlijk(() => ({ pad: '/berichtenbox/instellingen', method: 'PUT', body: { herinneringOngelezen: false, organisaties: [] } })),
  'POST /berichtenbox/instellingen/email': persoonlijk(() => ({ pad: '/berichtenbox/instellingen/email', method: 'POST', body: { email: 'pieter@example.nl' } })),
  'POST /berichtenbox/instellingen/email/verificatie': persoonlijk(() => ({ pad: '/berichtenbox/instellingen/email/verificatie', method: 'POST', body: { code: '123456' } })),

  'GET /zaken/zaken': [
    ...lijst('zaken', '/zaken/zaken'),
    ...(['binnen', 'buiten'] as const).map(
      (item): Variant => ({ over: { dienst: 'zaken', item }, vraag: (context) => mapOptional(zaakVan(context, item), (zaak) => ({ pad: `/zaken/zaken?organisatie=${encodeURIComponent(zaak.organisatie)}` })) }),
    ),
  ],
  'GET /zaken/_aantallen': lijst('zaken', '/zaken/_aantallen'),
  'GET /zaken/_wijzigingen': lijst('zaken', '/zaken/_wijzigingen?sinds=2000-01-01T00:00:00Z'),
  'GET /zaken/zaken/:uuid': perZaak((zaak) => ({ pad: `/zaken/zaken/${zaak.uuid}` })),
  // A lookup in the person's zaken within the scope, like the list: a letter of no such zaak is "not found".
  'GET /zaken/_voor-bericht/:berichtId': [{ over: { dienst: 'zaken' }, vraag: ({ dossier }) => mapOptional(dossier.zaak.binnen, (zaak) => ({ pad: `/zaken/_voor-bericht/${zaak.brief}` })) }],
  'GET /documenten/enkelvoudiginformatieobjecten/:uuid/download': perZaak((zaak) => ({ pad: `/documenten/enkelvoudiginformatieobjecten/${zaak.document}/download` })),
  'POST /zaken/zaken/:uuid/taken/:taakId/bestanden': perTaak((zaak, taak) => ({ pad: `/zaken/zaken/${zaak.uuid}/taken/${taak}/bestanden`, upload: true })),
  'POST /zaken/zaken/:uuid/taken/:taakId/antwoord': perTaak((zaak, taak) => ({ pad: `/zaken/zaken/${zaak.uuid}/taken/${taak}/antwoord`, method: 'POST', body: { tekst: 'Dinsdag' } })),
  'POST /zaken/zaken/:uuid/bestanden': perZaak((zaak) => ({ pad: `/zaken/zaken/${zaak.uuid}/bestanden`, upload: true })),
  'POST /zaken/zaken/:uuid/vragen': perZaak((zaak) => ({ pad: `/zaken/zaken/${zaak.uuid}/vragen`, method: 'POST', body: { tekst: 'Hoe staat het ervoor?' } })),
  'POST /zaken/zaken/:uuid/reacties': perZaak((zaak) => ({ pad: `/zaken/zaken/${zaak.uuid}/reacties`, method: 'POST', body: { berichtId: zaak.brief, tekst: 'Zie bijlage.' } })),

  'POST /brp/personen': brp((bsn) => ({ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [bsn], fields: ['naam'] }), '/brp/personen'),
  'POST /brp/verblijfplaatshistorie': brp((bsn) => ({ type: 'RaadpleegMetPeriode', burgerservicenummer: bsn, datumVan: '1900-01-01' }), '/brp/verblijfplaatshistorie'),
  'GET /rdw/voertuigen': bron('voertuigen', '/rdw/voertuigen'),
  'GET /kadaster/onroerende-zaken': bron('onroerende-zaken', '/kadaster/onroerende-zaken'),
  'GET /duo/diplomas': bron('diplomas', '/duo/diplomas'),
  'GET /belastingdienst/inkomens': bron('inkomens', '/belastingdienst/inkomens'),
  'GET /gegevensgebruik': bron('gebruik', '/gegevensgebruik'),
  'GET /toestemmingen': bron('toestemmingen', '/toestemmingen'),
  'PATCH /toestemmingen/:id': [
    { over: { dienst: 'gegevens', onderdeel: 'toestemmingen' }, vraag: ({ dossier }) => ({ pad: `/toestemmingen/${dossier.toestemming}`, method: 'PATCH', body: { status: 'ingetrokken' }, contentType: MERGE_PATCH }) },
  ],

  'GET /machtigingen': persoonlijk(() => ({ pad: '/machtigingen' })),
  'GET /machtigingen/_diensten': persoonlijk(() => ({ pad: '/machtigingen/_diensten' })),
  'GET /machtigingen/handelingen': persoonlijk(() => ({ pad: '/machtigingen/handelingen' })),
  'POST /machtigingen': persoonlijk(() => ({ pad: '/machtigingen', method: 'POST', body: nieuweMachtiging(BSN.noor) })),
  'PATCH /machtigingen/:id': persoonlijk(({ dossier }) => ({ pad: `/machtigingen/${dossier.machtiging}`, method: 'PATCH', body: { status: 'ingetrokken' } })),
  'GET /machtigingen/_huidige': [{ over: { dienst: 'eigen' }, vraag: () => ({ pad: '/machtigingen/_huidige' }) }],

  // Reporting a fault in a registration: the person's own business (a parent's for a minor), never a gemachtigde's.
  'GET /correctieverzoeken/_registraties': persoonlijk(() => ({ pad: '/correctieverzoeken/_registraties' })),
  'GET /correctieverzoeken': persoonlijk(() => ({ pad: '/correctieverzoeken' })),
  'GET /correctieverzoeken/:id': persoonlijk(() => ({ pad: `/correctieverzoeken/${EEN_VERZOEK}` })),
  'POST /correctieverzoeken': persoonlijk(({ dossier }) => ({ pad: '/correctieverzoeken', method: 'POST', body: correctieverzoek(dossier.bsn) })),
  'POST /correctieverzoeken/bijlagen': persoonlijk(() => ({ pad: '/correctieverzoeken/bijlagen', upload: true })),
  'DELETE /correctieverzoeken/bijlagen/:id': persoonlijk(() => ({ pad: `/correctieverzoeken/bijlagen/${EEN_VERZOEK}`, method: 'DELETE' })),
  'POST /correctieverzoeken/:id/heropeningen': persoonlijk(() => ({ pad: `/correctieverzoeken/${EEN_VERZOEK}/heropeningen`, method: 'POST', body: { reden: 'Nog steeds fout.' } })),
  'GET /machtigingen/_voor-wie': [{ over: { dienst: 'eigen' }, vraag: () => ({ pad: '/machtigingen/_voor-wie' }) }],
}

/** What msw registers: "GET /berichten/:berichtId", from each handler's own method and path. */
const geregistreerd = () => handlers.map(({ info }) => `${String(info.method)} ${String(info.path).replace(/^\*\/api/, '')}`)

// The dossier of a person, as they see it themselves, with the letters, zaken and documents a request can be about.

async function json(response: Promise<Response>): Promise<unknown> {
  const antwoord = await response
  if (!antwoord.ok) throw new Error(`${antwoord.url}: ${antwoord.status} ${await antwoord.text()}`)
  return antwoord.json()
}

async function brief(id: string, eigenaar: Token): Promise<Brief> {
  const { bijlagen } = leesBericht(await json(api(`/berichten/${id}`, { token: eigenaar })))
  return { id, bijlage: bijlagen[0]?.bijlageId ?? '' }
}

async function zaak(uuid: string, bsn: string, eigenaar: Token, briefId: string): Promise<Zaak> {
  const detail = leesZaak(await json(api(`/zaken/zaken/${uuid}`, { token: eigenaar })))
  const taak = detail.taken.find((kandidaat) => kandidaat.status === 'open')
  // A document of the owner's own on the zaak, so every zaak has one to download.
  const document = leesDocument(await json(upload(`/zaken/zaken/${uuid}/bestanden`, { naam: 'bewijs.pdf', bytes: BYTES.pdf, type: 'application/pdf' }, eigenaar)))
  // The seed gives some zaken no letters: link one, as an organisation does when it writes about a zaak.
  backend.zaken.vind(bsn, uuid)?.berichtIds.push(briefId)
  return { uuid, organisatie: detail.organisatie, ...(taak ? { taak: taak.id } : {}), document: document._expand.informatieobject.uuid, brief: briefId }
}

async function dossier(eigenaar: Token, bsn: string, bereik: Pick<Bereik, 'berichten' | 'zaken'>): Promise<Dossier> {
  const brieven = leesBerichten(await json(api('/berichten?paginaGrootte=200', { token: eigenaar }))).berichten
  const metBijlage = brieven.filter(({ aantalBijlagen }) => aantalBijlagen > 0)
  const briefBinnen = metBijlage.find(({ afzender }) => bereik.berichten(afzender))
  const briefBuiten = metBijlage.find(({ afzender }) => !bereik.berichten(afzender))
  const weg = brieven.find(({ afzender, berichtId }) => bereik.berichten(afzender) && berichtId !== briefBinnen?.berichtId)
  if (!weg) throw new Error(`${eigenaar}: te weinig brieven`)
  await json(api(`/berichten/${weg.berichtId}`, { token: eigenaar, method: 'PATCH', body: { map: 'prullenbak' }, contentType: MERGE_PATCH }))

  // Open zaken with a task first: the task endpoints need one.
  const zaken = leesZaken(await json(api('/zaken/zaken?status=open&pageSize=100', { token: eigenaar }))).results.sort((a, b) => b.takenOpen - a.takenOpen)
  const zaakBinnen = zaken.find(({ organisatie }) => bereik.zaken(organisatie))
  const zaakBuiten = zaken.find(({ organisatie }) => !bereik.zaken(organisatie))
  const zaakBrief = briefBinnen?.berichtId ?? weg.berichtId

  const toestemmingen = leesToestemmingen(await json(api('/toestemmingen', { token: eigenaar }))).toestemmingen
  const machtigingen = await machtigingenVan(eigenaar)
  return {
    bsn,
    brief: {
      ...(briefBinnen ? { binnen: await brief(briefBinnen.berichtId, eigenaar) } : {}),
      ...(briefBuiten ? { buiten: await brief(briefBuiten.berichtId, eigenaar) } : {}),
    },
    inPrullenbak: weg.berichtId,
    zaak: {
      ...(zaakBinnen ? { binnen: await zaak(zaakBinnen.uuid, bsn, eigenaar, zaakBrief) } : {}),
      ...(zaakBuiten ? { buiten: await zaak(zaakBuiten.uuid, bsn, eigenaar, briefBuiten?.berichtId ?? zaakBrief) } : {}),
    },
    // Someone without toestemmingen: an id that is nobody's.
    toestemming: toestemmingen[0]?.id ?? 'geen-toestemming',
    machtiging: machtigingen[0]?.id ?? MACHTIGING.annaPieter,
  }
}

// The roles.

const ALLES = () => true
const VAN_ANNA_AAN_PIETER: Bereik = {
  berichten: (afzender) => ['SVB', 'Belastingdienst'].includes(afzender),
  zaken: (organisatie) => organisatie === 'Gemeente Amersfoort',
  gegevens: [],
}

interface Rol {
  naam: string
  token: Token
  ik: string
  /** The represented person, logged in for themselves, and their BSN. */
  eigenaar: Token
  bsn: string
  /** What the machtiging or bewind covers; for a role without one in force, what it covered (to pick items). */
  bereik: Bereik
  /** Whose ids are "another person's": Fatima's, unless she is the one acting. */
  vreemd?: { eigenaar: Token; bsn: string }
  /** Set when no machtiging is in force: then every request about the person is refused for this reason. */
  geen?: Extract<Reden, 'geen' | 'ingetrokken' | 'verlopen'>
  /** After the dossier is made: revoke, or move the clock. */
  daarna?(): Promise<void>
}

const ROLLEN: readonly Rol[] = [
  { naam: 'Pieter for Anna', token: 'pieterVoorAnna', ik: BSN.pieter, eigenaar: 'anna', bsn: BSN.anna, bereik: VAN_ANNA_AAN_PIETER },
  { naam: 'Ruud for Henk (bewind)', token: 'ruudVoorHenk', ik: BSN.ruud, eigenaar: 'henk', bsn: BSN.henk, bereik: { berichten: ALLES, zaken: ALLES, gegevens: ['inkomens'] } },
  { naam: 'Fatima for Kees, without machtiging', token: 'fatimaVoorKees', ik: BSN.fatima, eigenaar: 'kees', bsn: BSN.kees, bereik: { berichten: ALLES, zaken: ALLES, gegevens: [] }, vreemd: { eigenaar: 'henk', bsn: BSN.henk }, geen: 'geen' },
  {
    naam: 'Pieter after Anna revoked',
    token: 'pieterVoorAnna',
    ik: BSN.pieter,
    eigenaar: 'anna',
    bsn: BSN.anna,
    bereik: VAN_ANNA_AAN_PIETER,
    geen: 'ingetrokken',
    daarna: async () => {
      await gewijzigd(MACHTIGING.annaPieter, 'ingetrokken', 'anna')
    },
  },
  {
    naam: 'Pieter after the machtiging ran out',
    token: 'pieterVoorAnna',
    ik: BSN.pieter,
    eigenaar: 'anna',
    bsn: BSN.anna,
    bereik: VAN_ANNA_AAN_PIETER,
    geen: 'verlopen',
    daarna: async () => {
      const geldigTot = (await machtigingenVan('anna')).find(({ id }) => id === MACHTIGING.annaPieter)?.geldigTot ?? vandaag()
      verzetKlok({ dagen: Math.ceil((Date.parse(geldigTot) - Date.parse(vandaag())) / 86_400_000) + 2 })
    },
  },
]

type Verwacht = { open: true } | { open: false; reden: Reden }

function verwacht(rol: Rol, over: Over): Verwacht {
  if (over.dienst === 'eigen') return { open: true }
  if (rol.geen) return { open: false, reden: rol.geen }
  if (over.dienst === 'persoonlijk') return { open: false, reden: 'nooit' }
  if (over.dienst === 'gegevens') return !over.vreemd && rol.bereik.gegevens.includes(over.onderdeel) ? { open: true } : { open: false, reden: 'buiten-bereik' }
  return over.item === undefined || over.item === 'binnen' ? { open: true } : { open: false, reden: 'buiten-bereik' }
}

function verstuur(verzoek: Verzoek, token: Token) {
  if (verzoek.upload) return upload(verzoek.pad, { naam: 'overzicht.pdf', bytes: BYTES.pdf, type: 'application/pdf' }, token)
  return api(verzoek.pad, { token, method: verzoek.method ?? 'GET', body: verzoek.body, contentType: verzoek.contentType })
}

async function context(rol: Rol): Promise<Context> {
  const eigen = await dossier(rol.eigenaar, rol.bsn, rol.bereik)
  const { eigenaar, bsn } = rol.vreemd ?? { eigenaar: 'fatima', bsn: BSN.fatima }
  const vreemd = await dossier(eigenaar, bsn, { berichten: ALLES, zaken: ALLES })
  await rol.daarna?.()
  return { dossier: eigen, vreemd, ik: rol.ik }
}

describe('the role × endpoint matrix', () => {
  it('has every endpoint and method the handlers register, and no other', () => {
    const bekend = geregistreerd()
    expect(new Set(bekend).size).toBe(bekend.length)
    expect(bekend.filter((sleutel) => !(sleutel in MATRIX)), 'endpoints without a row in MATRIX').toEqual([])
    expect(Object.keys(MATRIX).filter((sleutel) => !bekend.includes(sleutel)), 'rows in MATRIX for no endpoint').toEqual([])
  })

  it.each(ROLLEN)('$naam: 403 buiten-machtiging outside the scope, never a 403 inside it', async (rol) => {
    const ctx = await context(rol)
    // Every request about an item in scope is made: the dossier has one of each.
    expect(ctx.dossier.brief.binnen && ctx.dossier.zaak.binnen?.taak && ctx.vreemd.brief.binnen && ctx.vreemd.zaak.binnen?.taak, rol.naam).toBeTruthy()
    // And, when the scope is limited, one outside it.
    if (rol.bereik.berichten !== ALLES) expect(ctx.dossier.brief.buiten, rol.naam).toBeDefined()
    if (rol.bereik.zaken !== ALLES) expect(ctx.dossier.zaak.buiten, rol.naam).toBeDefined()
    let geweigerd = 0
    let open = 0
    for (const [sleutel, varianten] of Object.entries(MATRIX)) {
      for (const variant of varianten) {
        const verzoek = variant.vraag(ctx)
        if (!verzoek) continue
        const wat = `${rol.naam}: ${sleutel} (${JSON.stringify(variant.over)}) ${verzoek.method ?? 'GET'} ${verzoek.pad}`
        const response = await verstuur(verzoek, rol.token)
        const uitkomst = verwacht(rol, variant.over)
        if (uitkomst.open) {
          open += 1
          // The owner's answer: not refused, and the ids are real (no 401, 404).
          expect(response.status, wat).not.toBe(403)
          expect([401, 404], `${wat}: ${response.status}`).not.toContain(response.status)
          expect(response.status, wat).toBeLessThan(500)
        } else {
          geweigerd += 1
          await buitenMachtiging(response, uitkomst.reden, wat)
        }
      }
    }
    expect(geweigerd).toBeGreaterThan(10)
    expect(open).toBeGreaterThanOrEqual(rol.geen ? 4 : 15)
  })

  it("refuses Ruud, bewindvoerder for Henk, the ids of his other client Sanne, which he may see as hers", async () => {
    const sanne = await dossier('sanne', BSN.sanne, { berichten: ALLES, zaken: ALLES })
    const paden = [
      `/berichten/${sanne.inPrullenbak}`,
      ...(sanne.brief.binnen ? [`/berichten/${sanne.brief.binnen.id}/bijlagen/${sanne.brief.binnen.bijlage}`] : []),
      `/zaken/zaken/${sanne.zaak.binnen?.uuid ?? ''}`,
      `/documenten/enkelvoudiginformatieobjecten/${sanne.zaak.binnen?.document ?? ''}/download`,
    ]
    for (const pad of paden) {
      await buitenMachtiging(await api(pad, { token: 'ruudVoorHenk' }), 'buiten-bereik', pad)
      expect((await api(pad, { token: 'ruudVoorSanne' })).status, pad).toBe(200)
    }
  })
})

describe('what is never open to a gemachtigde', () => {
  const GEMACHTIGDEN: readonly { token: Token; eigenaar: Token; bsn: string }[] = [
    { token: 'pieterVoorAnna', eigenaar: 'anna', bsn: BSN.anna },
    // At Substantieel, the level changing the e-mail or granting needs: the machtiging still says no.
    { token: 'pieterSubstantieelVoorAnna', eigenaar: 'anna', bsn: BSN.anna },
    { token: 'ruudVoorHenk', eigenaar: 'henk', bsn: BSN.henk },
    { token: 'ruudVoorSanne', eigenaar: 'sanne', bsn: BSN.sanne },
  ]
  const PERSOONLIJK = Object.entries(MATRIX).flatMap(([sleutel, varianten]) => varianten.filter(({ over }) => over.dienst === 'persoonlijk').map((variant) => ({ sleutel, variant })))

  it('covers settings, e-mail, deleting for good, all of managing machtigingen and of reporting faults (MFO)', () => {
    expect(new Set(PERSOONLIJK.map(({ sleutel }) => sleutel))).toEqual(
      new Set([
        'DELETE /berichten/:berichtId',
        'PATCH /berichten/:berichtId',
        'GET /berichtenbox/instellingen',
        'PUT /berichtenbox/instellingen',
        'POST /berichtenbox/instellingen/email',
        'POST /berichtenbox/instellingen/email/verificatie',
        'GET /machtigingen',
        'GET /machtigingen/_diensten',
        'GET /machtigingen/handelingen',
        'POST /machtigingen',
        'PATCH /machtigingen/:id',
        'GET /correctieverzoeken/_registraties',
        'GET /correctieverzoeken',
        'GET /correctieverzoeken/:id',
        'POST /correctieverzoeken',
        'POST /correctieverzoeken/bijlagen',
        'DELETE /correctieverzoeken/bijlagen/:id',
        'POST /correctieverzoeken/:id/heropeningen',
      ]),
    )
  })

  it.each(GEMACHTIGDEN)('refuses $token all of it (403 nooit) and changes nothing', async ({ token, eigenaar, bsn }) => {
    const eigen = await dossier(eigenaar, bsn, { berichten: ALLES, zaken: ALLES })
    const ctx: Context = { dossier: eigen, vreemd: await dossier('fatima', BSN.fatima, { berichten: ALLES, zaken: ALLES }), ik: BSN.pieter }
    const instellingen = structuredClone(backend.berichtenbox.instellingen.van(bsn))
    const machtigingen = backend.machtigingen.lijst(bsn)
    for (const { sleutel, variant } of PERSOONLIJK) {
      const verzoek = variant.vraag(ctx)
      if (verzoek) await buitenMachtiging(await verstuur(verzoek, token), 'nooit', `${token}: ${sleutel}`)
    }
    expect(backend.berichtenbox.instellingen.van(bsn)).toEqual(instellingen)
    expect(backend.berichtenbox.instellingen.laatsteCode(bsn)).toBeUndefined()
    expect(backend.machtigingen.lijst(bsn)).toEqual(machtigingen)
    expect(backend.mfo.lijst(bsn)).toEqual([])
    expect(backend.berichtenbox.berichten.vind(bsn, eigen.inPrullenbak, 'alle')).toBeDefined()
    // The owner could have deleted it: the refusal was the machtiging's, not the letter's.
    expect((await api(`/berichten/${eigen.inPrullenbak}`, { token: eigenaar, method: 'DELETE' })).status).toBe(204)
  })
})
