import { berichtenboxHandlers } from './berichten'
import { brpHandlers } from './brp'

/** Every mock government API, shared by the Node server (browser) and msw/node (unit tests). */
export const handlers = [...brpHandlers, ...berichtenboxHandlers]
