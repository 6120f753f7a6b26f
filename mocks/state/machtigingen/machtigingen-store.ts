import type { Machtiging, MachtigingStatus, NieuweMachtiging, Vertegenwoordiging } from '../../../src/features/machtigingen/machtigingen.schemas'
import type { MockClock } from '../clock'
import { isoDatum } from '../dates'
import { seededRandom } from '../random'
import type { Bereik } from '../vertegenwoordiging'
import { bereikVan, dienstenVan, samenvoegen } from './bereik'
import { GRONDSLAG_MACHTIGING, seedMachtigingen } from './seed'
import type { OpgeslagenMachtiging } from './types'

/** Machtigingen one person may have waiting for acceptance at once. */
export const MAX_WACHTEND = 10

/** Names from the BRP; a person the BRP does not know cannot be given a machtiging. */
export type Namen = (bsn: string) => string | undefined

/** Why someone may not (any more) act for another: it was revoked, it ran out, or there never was one. */
export type Geen = 'ingetrokken' | 'verlopen' | 'geen'

export type Geldigheid =
  | { geldig: true; bereik: Bereik; grondslag: string; soort: OpgeslagenMachtiging['soort'] }
  | { geldig: false; reden: Geen }

export type StatusWijziging = 'actief' | 'geweigerd' | 'ingetrokken'
export type WijzigUitkomst =
  | { uitkomst: 'gewijzigd'; machtiging: Machtiging }
  | { uitkomst: 'ongewijzigd'; machtiging: Machtiging }
  | { uitkomst: 'niet-gevonden' }
  | { uitkomst: 'niet-toegestaan' }

/**
 * Who may act for whom, for what, until when: the state every API request is checked against (authorize()),
 * so granting, accepting and revoking count on the very next request.
 */
export function createMachtigingenStore(clock: MockClock, namen: Namen) {
  let alle: OpgeslagenMachtiging[] = seedMachtigingen(clock.now().getTime())
  let ids = seededRandom('machtiging-nieuw')

  const vandaag = () => isoDatum(clock.now().getTime())

  function status(machtiging: OpgeslagenMachtiging): MachtigingStatus {
    if (machtiging.ingetrokkenOp !== undefined) return 'ingetrokken'
    if (machtiging.geweigerdOp !== undefined) return 'geweigerd'
    if (vandaag() > machtiging.geldigTot) return 'verlopen'
    return machtiging.geaccepteerdOp === undefined ? 'wacht-op-acceptatie' : 'actief'
  }

  const persoon = (bsn: string) => ({ burgerservicenummer: bsn, naam: namen(bsn) ?? `burgerservicenummer ${bsn}` })
  // Granting is no way to look up whose BSN this is: the name shows once that person accepted one from the volmachtgever.
  const kentElkaar = (volmachtgever: string, gemachtigde: string) =>
    alle.some((machtiging) => machtiging.volmachtgever === volmachtgever && machtiging.gemachtigde === gemachtigde && machtiging.geaccepteerdOp !== undefined)
  const gemachtigdeVoor = (machtiging: OpgeslagenMachtiging, kijker: string) =>
    machtiging.volmachtgever === kijker && !kentElkaar(kijker, machtiging.gemachtigde)
      ? { burgerservicenummer: machtiging.gemachtigde, naam: `burgerservicenummer ${machtiging.gemachtigde}` }
      : persoon(machtiging.gemachtigde)

  function weergave(machtiging: OpgeslagenMachtiging, kijker: string): Machtiging {
    const huidig = status(machtiging)
    const gegeven = machtiging.volmachtgever === kijker
    return {
      id: machtiging.id,
      richting: gegeven ? 'gegeven' : 'ontvangen',
      soort: machtiging.soort,
      volmachtgever: persoon(machtiging.volmachtgever),
      gemachtigde: gemachtigdeVoor(machtiging, kijker),
      diensten: dienstenVan(machtiging.bereik),
      geldigVanaf: machtiging.geldigVanaf,
      geldigTot: machtiging.geldigTot,
      status: huidig,
      aangemaaktOp: new Date(machtiging.aangemaaktOp).toISOString(),
      ...(machtiging.ingetrokkenOp === undefined ? {} : { ingetrokkenOp: new Date(machtiging.ingetrokkenOp).toISOString() }),
      intrekbaar: gegeven && machtiging.soort === 'machtiging' && (huidig === 'actief' || huidig === 'wacht-op-acceptatie'),
    }
  }

  const tussen = (gemachtigde: string, volmachtgever: string) =>
    alle.filter((machtiging) => machtiging.gemachtigde === gemachtigde && machtiging.volmachtgever === volmachtgever)

  /** Active and accepted, today by the mock clock. */
  const geldige = (gemachtigde: string, volmachtgever: string) => tussen(gemachtigde, volmachtgever).filter((machtiging) => status(machtiging) === 'actief')

  function geldigheid(gemachtigde: string, volmachtgever: string): Geldigheid {
    const actief = geldige(gemachtigde, volmachtgever)
    const eerste = actief[0]
    if (eerste) return { geldig: true, bereik: samenvoegen(actief.map(({ bereik }) => bereik)), grondslag: eerste.grondslag, soort: eerste.soort }
    // The one that was in force last says why it ended: revoked at that moment, or run out at the end of its last day.
    const einde = (machtiging: OpgeslagenMachtiging) => machtiging.ingetrokkenOp ?? Date.parse(`${machtiging.geldigTot}T23:59:59Z`)
    const laatste = tussen(gemachtigde, volmachtgever)
      .filter((machtiging) => machtiging.geaccepteerdOp !== undefined)
      .sort((a, b) => einde(b) - einde(a))[0]
    const reden = laatste ? status(laatste) : 'geen'
    return { geldig: false, reden: reden === 'ingetrokken' || reden === 'verlopen' ? reden : 'geen' }
  }

  return {
    /** Given and received, newest first. */
    lijst: (bsn: string): Machtiging[] =>
      alle
        .filter((machtiging) => machtiging.volmachtgever === bsn || machtiging.gemachtigde === bsn)
        .sort((a, b) => b.aangemaaktOp - a.aangemaaktOp)
        .map((machtiging) => weergave(machtiging, bsn)),

    geldigheid,

    /** The context of a login acting for `volmachtgever`, for the app's banner. */
    vertegenwoordiging(gemachtigde: string, volmachtgever: string): Vertegenwoordiging {
      const actief = geldige(gemachtigde, volmachtgever)
      const nu = geldigheid(gemachtigde, volmachtgever)
      const soort = (actief[0] ?? tussen(gemachtigde, volmachtgever)[0])?.soort ?? 'machtiging'
      if (!nu.geldig) return { volmachtgever: persoon(volmachtgever), soort, status: nu.reden, diensten: [] }
      const geldigTot = actief.map((machtiging) => machtiging.geldigTot).sort().at(-1)
      return { volmachtgever: persoon(volmachtgever), soort, status: 'actief', diensten: dienstenVan(nu.bereik), ...(geldigTot ? { geldigTot } : {}) }
    },

    /** Whom `gemachtigde` may act for today: active, accepted machtigingen and bewind, by name. */
    vertegenwoordigbaar(gemachtigde: string) {
      const volmachtgevers = new Set(alle.filter((machtiging) => machtiging.gemachtigde === gemachtigde && status(machtiging) === 'actief').map((m) => m.volmachtgever))
      return [...volmachtgevers]
        .map((bsn) => ({ ...persoon(bsn), soort: geldige(gemachtigde, bsn)[0]?.soort ?? 'machtiging' }))
        .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'))
    },

    /** Why a new one cannot be given now: one waits for this person already, or too many wait at all. */
    kanGeven(volmachtgever: string, gemachtigde: string): 'ja' | 'wacht-al' | 'te-veel' {
      const wachtend = alle.filter((machtiging) => machtiging.volmachtgever === volmachtgever && status(machtiging) === 'wacht-op-acceptatie')
      if (wachtend.some((machtiging) => machtiging.gemachtigde === gemachtigde)) return 'wacht-al'
      return wachtend.length >= MAX_WACHTEND ? 'te-veel' : 'ja'
    },

    /** A new machtiging, waiting for the gemachtigde to accept it. The input is checked by the handler. */
    geef(volmachtgever: string, nieuw: NieuweMachtiging): Machtiging {
      const nu = clock.now().getTime()
      const machtiging: OpgeslagenMachtiging = {
        id: ids.uuid(),
        soort: 'machtiging',
        volmachtgever,
        gemachtigde: nieuw.gemachtigde.burgerservicenummer,
        grondslag: GRONDSLAG_MACHTIGING,
        bereik: bereikVan(nieuw.diensten),
        geldigVanaf: isoDatum(nu),
        geldigTot: nieuw.geldigTot,
        aangemaaktOp: nu,
      }
      alle.push(machtiging)
      return weergave(machtiging, volmachtgever)
    },

    /**
     * The volmachtgever revokes (not bewind: a court set that); the gemachtigde accepts or declines a new one.
     * The same change again is no change.
     */
    wijzig(bsn: string, id: string, naar: StatusWijziging): WijzigUitkomst {
      const machtiging = alle.find((kandidaat) => kandidaat.id === id && (kandidaat.volmachtgever === bsn || kandidaat.gemachtigde === bsn))
      if (!machtiging) return { uitkomst: 'niet-gevonden' }
      const huidig = status(machtiging)
      if (huidig === naar) return { uitkomst: 'ongewijzigd', machtiging: weergave(machtiging, bsn) }
      const nu = clock.now().getTime()
      const alsVolmachtgever = machtiging.volmachtgever === bsn
      if (naar === 'ingetrokken' && alsVolmachtgever && machtiging.soort === 'machtiging' && (huidig === 'actief' || huidig === 'wacht-op-acceptatie')) {
        machtiging.ingetrokkenOp = nu
      } else if (naar === 'actief' && !alsVolmachtgever && huidig === 'wacht-op-acceptatie') {
        machtiging.geaccepteerdOp = nu
      } else if (naar === 'geweigerd' && !alsVolmachtgever && huidig === 'wacht-op-acceptatie') {
        machtiging.geweigerdOp = nu
      } else {
        return { uitkomst: 'niet-toegestaan' }
      }
      return { uitkomst: 'gewijzigd', machtiging: weergave(machtiging, bsn) }
    },

    reset() {
      alle = seedMachtigingen(clock.now().getTime())
      ids = seededRandom('machtiging-nieuw')
    },
  }
}

export type MachtigingenStore = ReturnType<typeof createMachtigingenStore>
