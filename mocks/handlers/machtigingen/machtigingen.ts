import { http, HttpResponse } from 'msw'
import * as v from 'valibot'
import { EIDAS_ACR } from '../../../src/features/auth/assurance-levels'
import type { NieuweMachtiging } from '../../../src/features/machtigingen/machtigingen.schemas'
import { backend } from '../../state/backend'
import { isoDatum } from '../../state/dates'
import { apiPath } from '../api-path'
import { authorize } from '../authorize'
import { notFound, problem } from '../problem'
import { geheelGetal, leesInvoer, valideer } from '../validatie'
import { BERICHTEN_ORGANISATIES, GEGEVENS_KEUZES, nieuweMachtigingSchema, StatusWijziging, ZAKEN_ORGANISATIES } from './invoer'

type MachtigingParams = { id: string }

/** Managing machtigingen is the person's own business: never open to someone acting for them. */
const beheer = (request: Request, niveau?: (typeof EIDAS_ACR)[keyof typeof EIDAS_ACR]) =>
  authorize(request, { onderdeel: 'persoonlijk', wat: 'machtigingen', ...(niveau ? { niveau } : {}) })

const HandelingenParameters = v.object({
  pagina: v.optional(geheelGetal('pagina', 1, 1_000_000), '1'),
  paginaGrootte: v.optional(geheelGetal('paginaGrootte', 1, 100), '20'),
})

/**
 * The Machtigingen API (README): the person's machtigingen given and received, granting one (Substantieel), changing its
 * status (revoke; accept or decline one received), what gemachtigden did on the person's behalf, and, about the
 * login itself, whom it acts for now and whom it could act for.
 */
export const machtigingenHandlers = [
  http.get(apiPath('/machtigingen'), async ({ request }) => {
    const toegang = await beheer(request)
    if (toegang instanceof Response) return toegang
    return HttpResponse.json({ machtigingen: backend.machtigingen.lijst(toegang.bsn) })
  }),

  http.get(apiPath('/machtigingen/_diensten'), async ({ request }) => {
    const toegang = await beheer(request)
    if (toegang instanceof Response) return toegang
    return HttpResponse.json({
      organisaties: { berichten: [...BERICHTEN_ORGANISATIES], zaken: [...ZAKEN_ORGANISATIES] },
      gegevensOnderdelen: GEGEVENS_KEUZES.map((keuze) => ({ ...keuze })),
    })
  }),

  // The login's own context, also while acting for someone: for the banner and the switcher.
  http.get(apiPath('/machtigingen/_huidige'), async ({ request }) => {
    const toegang = await authorize(request, { onderdeel: 'berichten', eigen: true })
    if (toegang instanceof Response) return toegang
    const vertegenwoordigde = toegang.principal.represents?.bsn
    if (!vertegenwoordigde) return notFound('U regelt nu zaken voor uzelf.')
    return HttpResponse.json(backend.machtigingen.vertegenwoordiging(toegang.principal.bsn, vertegenwoordigde))
  }),

  http.get(apiPath('/machtigingen/_voor-wie'), async ({ request }) => {
    const toegang = await authorize(request, { onderdeel: 'berichten', eigen: true })
    if (toegang instanceof Response) return toegang
    return HttpResponse.json({ vertegenwoordigden: backend.machtigingen.vertegenwoordigbaar(toegang.principal.bsn) })
  }),

  http.get(apiPath('/machtigingen/handelingen'), async ({ request }) => {
    const toegang = await beheer(request)
    if (toegang instanceof Response) return toegang
    const url = new URL(request.url)
    const parameters = valideer(HandelingenParameters, Object.fromEntries(url.searchParams), 'De vraag naar wat namens u is gedaan klopt niet.')
    if (!parameters.ok) return parameters.antwoord
    const { pagina, paginaGrootte } = parameters.waarde
    const lijst = backend.machtigingen.handelingen.lijst(toegang.bsn, pagina - 1, paginaGrootte)
    const naar = (nummer: number) => {
      const zoek = new URLSearchParams(url.searchParams)
      zoek.set('pagina', String(nummer))
      return { href: `${url.pathname}?${zoek.toString()}` }
    }
    return HttpResponse.json({
      handelingen: lijst.handelingen,
      totaal: lijst.totaal,
      _links: { self: naar(pagina), ...(lijst.heeftVolgende ? { next: naar(pagina + 1) } : {}), ...(pagina > 1 ? { prev: naar(pagina - 1) } : {}) },
    })
  }),

  // Granting is sensitive (DESIGN.md §4): Substantieel. The gemachtigde must accept it before it counts.
  http.post(apiPath('/machtigingen'), async ({ request }) => {
    const toegang = await beheer(request, EIDAS_ACR.substantial)
    if (toegang instanceof Response) return toegang
    const vandaag = isoDatum(backend.clock.now().getTime())
    const schema = nieuweMachtigingSchema(toegang.bsn, vandaag, (bsn) => backend.gegevens.brp.volledigeNaam(bsn) !== undefined)
    const invoer = await leesInvoer(request, schema, 'Deze machtiging kan niet worden gegeven.')
    if (!invoer.ok) return invoer.antwoord
    const nieuw: NieuweMachtiging = invoer.waarde
    const kan = backend.machtigingen.kanGeven(toegang.bsn, nieuw.gemachtigde.burgerservicenummer)
    if (kan === 'wacht-al') {
      return problem(409, 'Wacht al op acceptatie', 'Deze persoon heeft al een machtiging van u die nog wacht op acceptatie.', { code: 'wacht-al' })
    }
    if (kan === 'te-veel') {
      return problem(429, 'Te veel machtigingen tegelijk', 'Er wachten al veel machtigingen van u op acceptatie. Trek er eerst een in.', { code: 'te-veel-wachtend' })
    }
    return HttpResponse.json(backend.machtigingen.geef(toegang.bsn, nieuw), { status: 201 })
  }),

  http.patch<MachtigingParams>(apiPath('/machtigingen/:id'), async ({ request, params }) => {
    const toegang = await beheer(request)
    if (toegang instanceof Response) return toegang
    const invoer = await leesInvoer(request, StatusWijziging, 'Deze wijziging kan niet.')
    if (!invoer.ok) return invoer.antwoord
    const uitkomst = backend.machtigingen.wijzig(toegang.bsn, params.id, invoer.waarde.status)
    if (uitkomst.uitkomst === 'niet-gevonden') return notFound('Deze machtiging bestaat niet.')
    if (uitkomst.uitkomst === 'niet-toegestaan') {
      return problem(409, 'Kan niet', 'Deze machtiging kan niet (meer) zo worden gewijzigd.', { code: 'status-kan-niet' })
    }
    return HttpResponse.json(uitkomst.machtiging)
  }),
]
