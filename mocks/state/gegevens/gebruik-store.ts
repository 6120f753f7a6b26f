import type { Gebruik, GebruikLijst } from '../../../src/features/gegevens/gegevens.schemas'
import type { MockClock } from '../clock'
import { isoDatum } from '../dates'
import { seededRandom } from '../random'
import { seedGebruik, type GebruikRegel } from './seed-gebruik'
import type { Gebruiksvorm } from './seed-gebruik-sjablonen'
import { delingen } from './toestemming-delingen'
import type { ToestemmingenStore } from './toestemmingen-store'

/** The same use again within this time is one line: a page that reads the name at every login must not flood the log. */
export const SAMENVOEGEN_MS = 15 * 60 * 1000

/** Data items one line names at most. */
const MAX_GEGEVENS = 50

/** This portal, as the usage log names it when it reads or changes data on the person's behalf. */
export const PORTAAL = 'Mijn Overheid (Logius)'

export const GRONDSLAG_TOESTEMMING = 'Uw toestemming (Algemene verordening gegevensbescherming, artikel 6, lid 1a)'

export interface Vastlegging extends Gebruiksvorm {
  gemachtigde?: string
}

export interface GebruikFilter {
  organisatie?: string
  /** yyyy-mm-dd, inclusive (calendar days in Amsterdam) */
  vanaf?: string
  tot?: string
  pagina: number
  paginaGrootte: number
}

const zelfde = (regel: GebruikRegel, vastlegging: Vastlegging) =>
  regel.organisatie === vastlegging.organisatie &&
  regel.doel === vastlegging.doel &&
  regel.grondslag === vastlegging.grondslag &&
  regel.gemachtigde === vastlegging.gemachtigde

const weergave = ({ tijdstip, gegevens, ...regel }: GebruikRegel): Gebruik => ({ ...regel, gegevens: [...gegevens], tijdstip: new Date(tijdstip).toISOString() })

/**
 * "Wie gebruikte mijn gegevens": per person, the seeded uses, what this portal read or changed on their
 * behalf, and the shares under their toestemmingen (worked out from those, see toestemming-delingen.ts).
 */
export function createGebruiksLog(clock: MockClock, toestemmingen: ToestemmingenStore) {
  let anker = clock.now().getTime()
  let perBsn = new Map<string, GebruikRegel[]>()
  let ids = seededRandom('gebruik-nieuw')

  function vastgelegd(bsn: string): GebruikRegel[] {
    let regels = perBsn.get(bsn)
    if (!regels) {
      regels = seedGebruik(bsn, anker)
      perBsn.set(bsn, regels)
    }
    return regels
  }

  function gedeeld(bsn: string): GebruikRegel[] {
    const nu = clock.now().getTime()
    return toestemmingen.opgeslagen(bsn).flatMap((toestemming) =>
      delingen(toestemming, nu).map((tijdstip, index) => ({
        id: seededRandom(`${toestemming.id}-${index}`).uuid(),
        tijdstip,
        organisatie: toestemming.ontvanger.naam,
        gegevens: [...toestemming.gegevens],
        doel: toestemming.doel,
        grondslag: GRONDSLAG_TOESTEMMING,
        toestemmingId: toestemming.id,
      })),
    )
  }

  /** Newest first. */
  const alleRegels = (bsn: string) => [...vastgelegd(bsn), ...gedeeld(bsn)].sort((a, b) => b.tijdstip - a.tijdstip || a.id.localeCompare(b.id))

  return {
    alle: (bsn: string): Gebruik[] => alleRegels(bsn).map(weergave),

    /**
     * A use now. The same kind of use within 15 minutes joins that line (its time moves, its data items are
     * added): one visit to the Gegevens page reads six sources, and is one line in the log.
     */
    registreer(bsn: string, vastlegging: Vastlegging): Gebruik {
      const nu = clock.now().getTime()
      const regels = vastgelegd(bsn)
      const recent = regels.find((regel) => zelfde(regel, vastlegging) && Math.abs(nu - regel.tijdstip) <= SAMENVOEGEN_MS)
      if (recent) {
        recent.tijdstip = Math.max(recent.tijdstip, nu)
        // Bounded: one line names at most MAX_GEGEVENS items, however many different things were asked.
        recent.gegevens = [...new Set([...recent.gegevens, ...vastlegging.gegevens])].slice(0, MAX_GEGEVENS)
        return weergave(recent)
      }
      const regel: GebruikRegel = { ...vastlegging, gegevens: [...vastlegging.gegevens], id: ids.uuid(), tijdstip: nu }
      regels.push(regel)
      return weergave(regel)
    },

    lijst(bsn: string, { organisatie, vanaf, tot, pagina, paginaGrootte }: GebruikFilter): GebruikLijst {
      const regels = alleRegels(bsn)
      const organisaties = [...new Set(regels.map((regel) => regel.organisatie))].sort((a, b) => a.localeCompare(b, 'nl'))
      const gevonden = regels.filter((regel) => {
        const dag = isoDatum(regel.tijdstip)
        return (organisatie === undefined || regel.organisatie === organisatie) && (vanaf === undefined || dag >= vanaf) && (tot === undefined || dag <= tot)
      })
      const begin = (pagina - 1) * paginaGrootte
      return { gebruik: gevonden.slice(begin, begin + paginaGrootte).map(weergave), organisaties, pagina, paginaGrootte, totaal: gevonden.length }
    },

    reset() {
      anker = clock.now().getTime()
      perBsn = new Map()
      ids = seededRandom('gebruik-nieuw')
    },
  }
}

export type GebruiksLog = ReturnType<typeof createGebruiksLog>
