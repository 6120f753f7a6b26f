import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express'
import type Provider from 'oidc-provider'
import { errors, type Interaction, type InteractionResults } from 'oidc-provider'
import { findTestPerson } from '../state/persons'
import { formValue, type FieldError } from './form-fields'
import { formParser } from './form-parser'
import { readLoginContext, type DigidInteractionResult } from './grants'
import { acrFor, levelForAcrValues } from './levels'
import { validateLoginForm, type LoginFormValues } from './login-form'
import { loginPage } from './login-page'
import { validateRepresentForm } from './represent-form'
import { representPage } from './represent-page'

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

/**
 * The DigiD login pages. oidc-provider parses its own request bodies, so the form parser
 * is only used here, on these routes.
 */
export function createInteractionRoutes(provider: Provider, basePath: string): express.Router {
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
      if (findTestPerson(checked.bsn)?.vertegenwoordigt.length) {
        await provider.interactionResult(req, res, result)
        res.redirect(303, `${basePath}/interaction/${encodeURIComponent(interaction.uid)}/namens`)
        return
      }
      await provider.interactionFinished(req, res, result)
    }),
  )

  /** The login from step one, waiting for the choice "voor mijzelf" or "namens". */
  function pendingLogin(interaction: Interaction) {
    const accountId = interaction.result?.login?.accountId
    const context = readLoginContext(interaction.result)
    const person = accountId ? findTestPerson(accountId) : undefined
    if (!interaction.result || !context || !person?.vertegenwoordigt.length) return undefined
    return { result: interaction.result, context, person }
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
      sendPage(res, 200, representPage({ basePath, uid: interaction.uid, person: pending.person, chosen: '', errors: [] }))
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
      const checked = validateRepresentForm(choice, pending.person)
      if (!checked.ok) {
        const page = representPage({ basePath, uid: interaction.uid, person: pending.person, chosen: choice, errors: checked.errors })
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
