import { beforeAll } from 'vitest'
import { EIDAS_ACR } from '@/features/auth'
import { tokens, useGegevensServer } from '../../../mocks/handlers/gegevens/test-server'
import { backend, type Principal } from '../../../mocks/state/backend'
import { createAppContext, type TestPersoon } from '@/test/app-context'
import { machtigingenMessages } from './machtigingen.messages'

/** The test persons of DESIGN.md §5 these tests use: Anna gives, Pieter receives, Ruud is bewindvoerder. */
export const BSN = { pieter: '999990020', anna: '999990032', noor: '999990056', ruud: '999990068', henk: '999990081' } as const

const LAAG = EIDAS_ACR.low

/** Tokens as the test persons of src/test/app-context.ts carry them, for the mock API. */
const MACHTIGINGEN_TOKENS: Record<string, Principal> = {
  anna: { bsn: BSN.anna, acr: LAAG },
  annaSubstantieel: { bsn: BSN.anna, acr: EIDAS_ACR.substantial },
  pieter: { bsn: BSN.pieter, acr: LAAG },
  pieterVoorAnna: { bsn: BSN.pieter, acr: LAAG, represents: { bsn: BSN.anna } },
  ruud: { bsn: BSN.ruud, acr: LAAG },
  noor: { bsn: BSN.noor, acr: LAAG },
}

/** msw/node with every real handler and a fresh seed after each test, knowing the Machtigingen test persons too. */
export function useMachtigingenServer() {
  const server = useGegevensServer()
  beforeAll(() => {
    const bekend: Record<string, Principal> = { ...tokens, ...MACHTIGINGEN_TOKENS }
    backend.useTokenResolver(async (token) => bekend[token] ?? null)
  })
  return server
}

/** The app around a Machtigingen view, at `route`, logged in as `persoon`. */
export const machtigingenContext = (route: string, persoon: TestPersoon) => createAppContext({ route, persoon, messages: [machtigingenMessages] })
