import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express'
import type Provider from 'oidc-provider'
import { errors, type Interaction, type InteractionResults } from 'oidc-provider'
import { findTestPerson, fullName } from '../state/persons'
import { formValue, type FieldError } from './form-fields'
import { formParser } from './form-parser'
import { readLoginContext, type DigidInteractionResult } from './grants'
import type { LoginContext, LoginContextStore } from './login-context'
import { acrAtLeast } from '../../src/features/auth/assurance-levels'
import { acrFor, levelForAcrValues } from './levels'
import { validateLoginForm, type LoginFormValues } from './login-form'
import { loginPage } from './login-page'
import { forMyselfValue, validateRepresentForm, type VoorWie } from './represent-form'
import { representPage } from './represent-page'
import type { SnelInloggen } from './snel-inloggen'
import { REPRESENTS_PARAM } from './provider'

type UidRequest = Request<{ uid: string }>

/** Express 4 does not catch rejected promises; hand them to the router's error handler. */
function route(handler: (req: UidRequest, res: Response) => Promise<void>): RequestHandler<{ uid: string }> {
  return (req, res, next: NextFunction) => {
    handler(req, res).catch(next)
  }
}

function sendPage(res: Response, status: number, page: string): void {
  res.status(status).type('html').set('Cache-Control', 'no-store').send(page)
}

export interface InteractionSettings {
  basePath: string
  clientId: string
  contexts: LoginContextStore
  voorWie: VoorWie
  /** A login chosen beforehand by the screens overview (test control), used once. */
  snelInloggen?: SnelInloggen
}

const naamVan = (bsn: string) => {
  const person = findTestPerson(bsn)
  return person ? fullName(person) : `BSN ${bsn}`
}

/**
 * The DigiD login pages. oidc-provider parses its own request bodies, so the form parser
 * is only used here, on these routes.
 */
export function createInteractionRoutes(provider: Provider, settings: InteractionSettings): express.Router {
  const { basePath, clientId, contexts, voorWie, snelInloggen } = settings
  const router = express.Router()
  const parseForm = formParser(basePath)

  // The interaction cookie decides which login this is; the uid in the path must agree with it.
  async function currentInteraction(req: UidRequest, res: Response): Promise<Interaction> {
    const interaction = await provider.interactionDetails(req, res)
    if (interaction.uid !== req.params.uid) throw new errors.SessionNotFound('interaction mismatch')
    return interaction
  }

  async function clientName(interaction: Interaction): Promise<string> {
    const client = await provider.Client.find(String(interaction.params['client_id']))
    return client?.clientName ?? 'de app'
  }

  async function showLogin(res: Response, interaction: Interaction, values: LoginFormValues, fieldErrors: readonly FieldError[] = []) {
    const page = loginPage({ basePath, uid: interaction.uid, clientName: await clientName(interaction), values, errors: fieldErrors })
    sendPage(res, fieldErrors.length > 0 ? 400 : 200, page)
  }

  router.get(
    '/interaction/:uid',
    route(async (req, res) => {
      const interaction = await currentInteraction(req, res)
      if (interaction.prompt.name === 'consent') {
        // First-party app: the grant already covers the request (see grants.ts), so nothing to ask.
        await provider.interactionFinished(req, res, { consent: { grantId: interaction.grantId } })
        return
      }
      const snel = snelInloggen?.neem()
      // A step-up asks for a level: a login chosen beforehand at a lower one does not count for it.
      const gevraagd = interaction.params['acr_values'] === undefined ? undefined : acrFor(levelForAcrValues(interaction.params['acr_values']))
      if (snel && (!gevraagd || acrAtLeast(acrFor(snel.level), gevraagd))) {
        // Asked again now: only someone this person may act for today.
        const represents = snel.represents && voorWie(snel.bsn).some((keuze) => keuze.burgerservicenummer === snel.represents) ? snel.represents : undefined
        const digid: LoginContext = represents ? { level: snel.level, represents } : { level: snel.level }
        await provider.interactionFinished(req, res, { login: { accountId: snel.bsn, acr: acrFor(snel.level), remember: false }, digid })
        return
      }
      if (typeof interaction.params[REPRESENTS_PARAM] === 'string' && (await switchWithinSession(req, res, interaction))) return
      const niveau = levelForAcrValues(interaction.params['acr_values'])
      await showLogin(res, interaction, { persoon: '', bsn: '', niveau })
    }),
  )

  router.post(
    '/interaction/:uid/inloggen',
    parseForm,
    route(async (req, res) => {
      const interaction = await currentInteraction(req, res)
      const values: LoginFormValues = {
        persoon: formValue(req.body, 'persoon'),
        bsn: formValue(req.body, 'bsn'),
        niveau: formValue(req.body, 'niveau'),
      }
      const checked = validateLoginForm(values)
      if (!checked.ok) {
        await showLogin(res, interaction, values, checked.errors)
        return
      }
      const result: InteractionResults & DigidInteractionResult = {
        // remember: false gives a browser-session cookie, like DigiD.
        login: { accountId: checked.bsn, acr: acrFor(checked.level), remember: false },
        digid: { level: checked.level },
      }
      if (voorWie(checked.bsn).length > 0) {
        await provider.interactionResult(req, res, result)
        res.redirect(303, `${basePath}/interaction/${encodeURIComponent(interaction.uid)}/namens`)
        return
      }
      await provider.interactionFinished(req, res, result)
    }),
  )

  /**
   * The app's switcher, inside a DigiD session: the same person at the same level, now for someone else (or for
   * themselves). Allowed choices finish at once, keeping the time of the DigiD login; any other choice gets the
   * page "Voor wie wilt u inloggen?". Without a usable session: false, and the normal login follows.
   */
  async function switchWithinSession(req: UidRequest, res: Response, interaction: Interaction): Promise<boolean> {
    const accountId = interaction.session?.accountId
    const session = interaction.session ? await provider.Session.find(interaction.session.cookie) : undefined
    const grantId = session?.authorizations?.[clientId]?.grantId
    const level = grantId ? contexts.get(grantId)?.level : undefined
    // A login asked for (prompt=login) or a higher level (acr_values, step-up) is a real login, never skipped.
    const prompts = String(interaction.params['prompt'] ?? '').split(' ')
    const hoger = level !== undefined && interaction.params['acr_values'] !== undefined && !acrAtLeast(acrFor(level), acrFor(levelForAcrValues(interaction.params['acr_values'])))
    if (!accountId || !session || !level || prompts.includes('login') || hoger) return false
    const login = { accountId, acr: acrFor(level), remember: false, ...(session.loginTs ? { ts: session.loginTs } : {}) }
    const keuzes = voorWie(accountId)
    const checked = validateRepresentForm(String(interaction.params[REPRESENTS_PARAM]), keuzes)
    if (!checked.ok && keuzes.length === 0) {
      // Nobody left to choose (the machtiging was revoked meanwhile): back to the app, for themselves.
      await provider.interactionFinished(req, res, { login, digid: { level } })
      return true
    }
    if (!checked.ok) {
      await provider.interactionResult(req, res, { login, digid: { level } })
      res.redirect(303, `${basePath}/interaction/${encodeURIComponent(interaction.uid)}/namens`)
      return true
    }
    const digid: LoginContext = checked.represents ? { level, represents: checked.represents } : { level }
    await provider.interactionFinished(req, res, { login, digid })
    return true
  }

  /** The login from step one, waiting for the choice "voor mijzelf" or "namens". */
  function pendingLogin(interaction: Interaction) {
    const accountId = interaction.result?.login?.accountId
    const context = readLoginContext(interaction.result)
    const keuzes = accountId ? voorWie(accountId) : []
    if (!interaction.result || !accountId || !context || keuzes.length === 0) return undefined
    return { result: interaction.result, context, naam: naamVan(accountId), keuzes }
  }

  /** What the app asked for, when it names someone: chosen already. */
  const requested = (interaction: Interaction) => {
    const value = interaction.params[REPRESENTS_PARAM]
    return typeof value === 'string' && value !== forMyselfValue ? value : ''
  }

  router.get(
    '/interaction/:uid/namens',
    route(async (req, res) => {
      const interaction = await currentInteraction(req, res)
      const pending = pendingLogin(interaction)
      if (!pending) {
        res.redirect(303, `${basePath}/interaction/${encodeURIComponent(interaction.uid)}`)
        return
      }
      const { naam, keuzes } = pending
      const chosen = keuzes.some((keuze) => keuze.burgerservicenummer === requested(interaction)) ? requested(interaction) : ''
      sendPage(res, 200, representPage({ basePath, uid: interaction.uid, naam, keuzes, chosen, errors: [] }))
    }),
  )

  router.post(
    '/interaction/:uid/namens',
    parseForm,
    route(async (req, res) => {
      const interaction = await currentInteraction(req, res)
      const pending = pendingLogin(interaction)
      if (!pending) {
        res.redirect(303, `${basePath}/interaction/${encodeURIComponent(interaction.uid)}`)
        return
      }
      const choice = formValue(req.body, 'keuze')
      // Asked again now: a machtiging revoked while this page was open no longer counts.
      const checked = validateRepresentForm(choice, voorWie(pending.result.login?.accountId ?? ''))
      if (!checked.ok) {
        const page = representPage({ basePath, uid: interaction.uid, naam: pending.naam, keuzes: pending.keuzes, chosen: choice, errors: checked.errors })
        sendPage(res, 400, page)
        return
      }
      const digid = checked.represents
        ? { level: pending.context.level, represents: checked.represents }
        : { level: pending.context.level }
      await provider.interactionFinished(req, res, { ...pending.result, digid })
    }),
  )

  router.post(
    '/interaction/:uid/annuleren',
    parseForm,
    route(async (req, res) => {
      await currentInteraction(req, res)
      // Back to the app's redirect_uri with error=access_denied.
      await provider.interactionFinished(req, res, {
        error: 'access_denied',
        error_description: 'Inloggen afgebroken door de gebruiker',
      })
    }),
  )

  return router
}
