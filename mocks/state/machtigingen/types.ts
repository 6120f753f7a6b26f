import type { Bereik } from '../vertegenwoordiging'

export interface OpgeslagenMachtiging {
  id: string
  soort: 'machtiging' | 'bewind'
  volmachtgever: string
  gemachtigde: string
  /** The legal ground the usage log gives when the gemachtigde acts. */
  grondslag: string
  bereik: Bereik
  /** yyyy-mm-dd, inclusive */
  geldigVanaf: string
  geldigTot: string
  aangemaaktOp: number
  /** A new machtiging counts only once the gemachtigde accepted it. */
  geaccepteerdOp?: number
  geweigerdOp?: number
  ingetrokkenOp?: number
}

/** One request made on someone's behalf, as "Namens u gedaan" shows it. */
export interface OpgeslagenHandeling {
  id: string
  volmachtgever: string
  gemachtigde: string
  actie: string
  gegevens: string
  toegestaan: boolean
  tijdstip: number
  laatstOp: number
  aantal: number
}
