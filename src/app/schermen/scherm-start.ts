/**
 * Whether this tab asked to open this screen: set by a click in the overview (or the "Zet klaar" button), kept
 * through the runner's own reloads and DigiD round trip, gone once the screen is ready. A link from another site
 * to /schermen/:id therefore only shows the button: it cannot reset the mock or log anyone in by itself.
 * It also counts the runs, so a login that keeps coming back different ends in an error instead of a loop.
 */
const SLEUTEL = 'mo:scherm-start'
const MAX_POGINGEN = 3

interface Start {
  id: string
  pogingen: number
}

function lees(): Start | null {
  try {
    const waarde: unknown = JSON.parse(window.sessionStorage.getItem(SLEUTEL) ?? 'null')
    if (typeof waarde !== 'object' || waarde === null) return null
    const id: unknown = Reflect.get(waarde, 'id')
    const pogingen: unknown = Reflect.get(waarde, 'pogingen')
    return typeof id === 'string' && typeof pogingen === 'number' ? { id, pogingen } : null
  } catch {
    return null
  }
}

const schrijf = (start: Start) => window.sessionStorage.setItem(SLEUTEL, JSON.stringify(start))

export function vraagStart(id: string): void {
  schrijf({ id, pogingen: 0 })
}

/** True when this tab asked for this screen; counts the run. Throws after too many runs. */
export function neemStart(id: string): boolean {
  const start = lees()
  if (start?.id !== id) return false
  if (start.pogingen >= MAX_POGINGEN) {
    klaarMetStart()
    throw new Error('Na drie keer inloggen is het nog niet de juiste testpersoon.')
  }
  schrijf({ id, pogingen: start.pogingen + 1 })
  return true
}

/** Around a wipe of the device: the request to open the screen survives it. */
export async function bewaarStartTijdens(wis: () => Promise<void>): Promise<void> {
  const start = lees()
  await wis()
  if (start) schrijf(start)
}

export function klaarMetStart(): void {
  window.sessionStorage.removeItem(SLEUTEL)
}
