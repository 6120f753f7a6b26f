import type { Handeling } from '../../../src/features/machtigingen/machtigingen.schemas'
import type { MockClock } from '../clock'
import { seededRandom } from '../random'
import type { OpgeslagenHandeling } from './types'

/** The same thing again within this time is one line with a count: the app polls, and a list is read page by page. */
export const SAMENVOEGEN_MS = 15 * 60 * 1000

/** Lines kept per person, newest first: a gemachtigde who keeps sending new things cannot grow the log without end. */
export const MAX_REGELS = 1000

export type NieuweHandeling = Pick<OpgeslagenHandeling, 'volmachtgever' | 'gemachtigde' | 'actie' | 'gegevens' | 'toegestaan'>

/** "Namens u gedaan": every request a gemachtigde made for the person, allowed or refused, newest first. */
export function createHandelingenLog(clock: MockClock, namen: (bsn: string) => string | undefined) {
  let regels: OpgeslagenHandeling[] = []
  let ids = seededRandom('handeling')

  const weergave = (regel: OpgeslagenHandeling): Handeling => ({
    id: regel.id,
    tijdstip: new Date(regel.tijdstip).toISOString(),
    laatstOp: new Date(regel.laatstOp).toISOString(),
    aantal: regel.aantal,
    gemachtigde: { naam: namen(regel.gemachtigde) ?? `burgerservicenummer ${regel.gemachtigde}` },
    actie: regel.actie,
    gegevens: regel.gegevens,
    toegestaan: regel.toegestaan,
  })

  /** Returns the line, so a handler can still say more precisely what it did (`beschrijf`). */
  function legVast(nieuw: NieuweHandeling): OpgeslagenHandeling {
    const nu = clock.now().getTime()
    const zelfde = regels.find(
      (regel) =>
        nu - regel.laatstOp < SAMENVOEGEN_MS &&
        regel.volmachtgever === nieuw.volmachtgever &&
        regel.gemachtigde === nieuw.gemachtigde &&
        regel.actie === nieuw.actie &&
        regel.gegevens === nieuw.gegevens &&
        regel.toegestaan === nieuw.toegestaan,
    )
    if (zelfde) {
      zelfde.laatstOp = nu
      zelfde.aantal += 1
      return zelfde
    }
    const regel: OpgeslagenHandeling = { ...nieuw, id: ids.uuid(), tijdstip: nu, laatstOp: nu, aantal: 1 }
    regels.unshift(regel)
    const vanDezelfde = regels.filter((kandidaat) => kandidaat.volmachtgever === nieuw.volmachtgever)
    if (vanDezelfde.length > MAX_REGELS) {
      const oudste = vanDezelfde.at(-1)
      regels = regels.filter((kandidaat) => kandidaat !== oudste)
    }
    return regel
  }

  return {
    legVast,

    /**
     * A handler knows better what happened than the route does ("Bericht verplaatst naar het archief"): it
     * replaces the words of the line it was given, joining an equal line of the last 15 minutes.
     */
    beschrijf(regel: OpgeslagenHandeling, actie: string, gegevens: string) {
      if (regel.actie === actie && regel.gegevens === gegevens) return
      const index = regels.indexOf(regel)
      if (regel.aantal > 1) {
        regel.aantal -= 1
      } else if (index >= 0) {
        regels.splice(index, 1)
      }
      legVast({ volmachtgever: regel.volmachtgever, gemachtigde: regel.gemachtigde, actie, gegevens, toegestaan: regel.toegestaan })
    },

    lijst(volmachtgever: string, pagina: number, paginaGrootte: number) {
      const eigen = regels.filter((regel) => regel.volmachtgever === volmachtgever).sort((a, b) => b.laatstOp - a.laatstOp)
      const begin = pagina * paginaGrootte
      return {
        handelingen: eigen.slice(begin, begin + paginaGrootte).map(weergave),
        totaal: eigen.length,
        heeftVolgende: begin + paginaGrootte < eigen.length,
      }
    },

    reset() {
      regels = []
      ids = seededRandom('handeling')
    },
  }
}

export type HandelingenLog = ReturnType<typeof createHandelingenLog>
