import { useTestServer } from '../../../mocks/handlers/test-server'
import { createAppContext, type TestPersoon } from '@/test/app-context'
import { mfoMessages } from './mfo.messages'

/** msw/node with every real handler (the Meldpunt's too), every test person's token and a fresh seed after each test. */
export const useMfoServer = useTestServer

/** The app around a Meldpunt page at `route`, logged in as `persoon` (Substantieel unless told). */
export const mfoContext = (route = '/', persoon: TestPersoon = 'fatimaSubstantieel') => createAppContext({ route, persoon, messages: [mfoMessages] })

/** Mount options for one Meldpunt component: the app's texts and routes around it, in the document (focus and axe need it). */
export async function mfoOpties<const P extends object>(props: P) {
  return { props, global: (await mfoContext()).global, attachTo: document.body }
}

