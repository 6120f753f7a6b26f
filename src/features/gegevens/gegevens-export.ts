import { dutchDay } from '@/shared/format/format'
import type { GegevensSectie } from './use-gegevens-secties'

/**
 * "Download mijn gegevens": what the page shows, as JSON a program can read. Every value carries its
 * source and that source's date, so a value taken out of the file still says where it came from.
 */
export interface GegevensExport {
  gemaaktOp: string
  onderdelen: {
    onderdeel: string
    bron: string | null
    bijgewerktOp: string | null
    blokken: { titel: string; waarden: { gegeven: string; waarde: string; bron: string | null; datum: string | null }[] }[]
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
          waarden: blok.regels.map((regel) => ({ gegeven: regel.label, waarde: regel.waarde, bron, datum })),
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
