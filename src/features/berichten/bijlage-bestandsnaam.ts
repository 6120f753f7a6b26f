import { fileNamePart } from '@/shared/download/blob-file'
import type { Bericht, Bijlage } from './berichten.schemas'

/** A file name a person recognises later: "belastingdienst-aanslag-2026.pdf". */
export function bijlageBestandsnaam(bericht: Pick<Bericht, 'afzender'>, bijlage: Pick<Bijlage, 'naam'>): string {
  return `${fileNamePart(bericht.afzender)}-${fileNamePart(bijlage.naam)}.pdf`
}
