import { useTestServer } from '../../../mocks/handlers/test-server'
import { createAppContext, type TestPersoon } from '@/test/app-context'
import { machtigingenMessages } from './machtigingen.messages'

/** The test persons of DESIGN.md §5 these tests use: Anna gives, Pieter receives, Ruud is bewindvoerder. */
export const BSN = { pieter: '999990020', anna: '999990032', noor: '999990056', ruud: '999990068', henk: '999990081' } as const

/** msw/node with every real handler, every test person's token and a fresh seed after each test. */
export const useMachtigingenServer = useTestServer

/** The app around a Machtigingen view, at `route`, logged in as `persoon`. */
export const machtigingenContext = (route: string, persoon: TestPersoon) => createAppContext({ route, persoon, messages: [machtigingenMessages] })
