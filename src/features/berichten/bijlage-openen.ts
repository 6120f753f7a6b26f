import type { Bericht, Bijlage } from './berichten.schemas'

/** A piece of a file name: "Voorlopige aanslag 2026.pdf" → "voorlopige-aanslag-2026". */
export function bestandsnaamDeel(tekst: string): string {
  return tekst
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\.pdf$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/** A file name a person recognises later: "belastingdienst-aanslag-2026.pdf". */
export function bijlageBestandsnaam(bericht: Pick<Bericht, 'afzender'>, bijlage: Pick<Bijlage, 'naam'>): string {
  return `${bestandsnaamDeel(bericht.afzender)}-${bestandsnaamDeel(bijlage.naam)}.pdf`
}

/** Saves a file through a temporary link: the PDF came with the bearer token, so no plain URL exists. */
export function bewaarBestand(blob: Blob, bestandsnaam: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = bestandsnaam
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/**
 * Opens a PDF in a new tab. The tab is opened at the click (so no popup blocker stops it)
 * and gets the file once it has arrived.
 */
export async function openInNieuwTabblad(laad: () => Promise<Blob>): Promise<void> {
  const tabblad = window.open('', '_blank')
  try {
    const blob = await laad()
    const url = URL.createObjectURL(new Blob([blob], { type: 'application/pdf' }))
    if (tabblad) tabblad.location.href = url
    else window.location.assign(url)
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
  } catch (error) {
    tabblad?.close()
    throw error
  }
}
