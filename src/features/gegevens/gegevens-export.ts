import { dutchDay } from '@/shared/format/format'
import type { GegevensSectie } from './use-gegevens-secties'

/**
 * "Download mijn gegevens": what the page shows, as JSON a program can read. Every value carries its
 * source and that source's date, so a value taken out of the file still says where it came from.
 */
export interface ExportWaarde {
  /** The item in full ("Achternaam van Yusuf", "WOZ-waarde 2026"). */
  gegeven: string
  /** As the page shows it. */
  waarde: string
  /** For programs: an ISO date (or year) or a number, where the value is one. */
  machineWaarde?: string | number
  bron: string | null
  datum: string | null
}

export interface GegevensExport {
  gemaaktOp: string
  onderdelen: {
    onderdeel: string
    bron: string | null
    bijgewerktOp: string | null
    blokken: { titel: string; waarden: ExportWaarde[] }[]
  }[]
  /** Sections that had not loaded (or failed) when the file was made: they are not in it. */
  ontbreekt: string[]
}

export function maakExport(secties: readonly GegevensSectie[], nu: Date): GegevensExport {
  const geladen = secties.filter((sectie) => sectie.geladen && !sectie.error)
  return {
    gemaaktOp: nu.toISOString(),
    onderdelen: geladen.map((sectie) => {
      const bron = sectie.bron?.organisatie ?? null
      const datum = sectie.bron?.bijgewerktOp ?? null
      return {
        onderdeel: sectie.titel,
        bron,
        bijgewerktOp: datum,
        blokken: sectie.blokken.map((blok) => ({
          titel: blok.titel,
          waarden: blok.regels.map((regel) => ({
            gegeven: regel.naam ?? regel.label,
            waarde: regel.waarde,
            ...(regel.machineWaarde === undefined ? {} : { machineWaarde: regel.machineWaarde }),
            bron,
            datum,
          })),
        })),
      }
    }),
    ontbreekt: secties.filter((sectie) => !geladen.includes(sectie)).map((sectie) => sectie.titel),
  }
}

/** The day in Amsterdam, for a file name without anything personal in it. */
export function exportBestandsnaam(nu: Date): string {
  return `mijn-gegevens-${dutchDay(nu)}.json`
}
