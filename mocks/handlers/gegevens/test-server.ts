import { backend } from '../../state/backend'
import { api, verzetKlok as verzet, useTestServer, type Token } from '../test-server'
import { leesGebruikRegels } from './contract'

export { api, BSN, probleem, tokens, type Token } from '../test-server'

/** msw/node with all handlers and a fresh seed after every test; returns the server for `server.use` (../test-server.ts). */
export const useGegevensServer = useTestServer

/** POST /brp/personen for one BSN, as the app asks it. */
export const personen = (bsn: string, fields: readonly string[], token: Token = 'fatima') =>
  api('/brp/personen', { token, method: 'POST', body: { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [bsn], fields } })

export const historie = (bsn: string, token: Token = 'fatima', periode: { datumVan?: string; datumTot?: string } = {}) =>
  api('/brp/verblijfplaatshistorie', { token, method: 'POST', body: { type: 'RaadpleegMetPeriode', burgerservicenummer: bsn, datumVan: '1900-01-01', ...periode } })

/** The whole usage log of a person, straight from the state, checked against the contract. */
export const logVan = (bsn: string) => leesGebruikRegels(backend.gegevens.gebruik.alle(bsn))

/** A moment (ISO) that is the mock clock's now, give or take a second: the clock keeps running. */
export const isNu = (tijdstip: string | undefined) => Math.abs(Date.parse(tijdstip ?? '') - backend.clock.now().getTime()) < 1000

/** Moves the mock clock by whole days. */
export const verzetKlok = (dagen: number) => verzet({ dagen })
