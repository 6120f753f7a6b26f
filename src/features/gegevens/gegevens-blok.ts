/**
 * What every section shows, in one shape: blocks of labelled values. The page renders them as
 * description lists (label and value read together) and "Download mijn gegevens" writes the same
 * blocks, so the file holds exactly what the page shows.
 */

/** Which organisation corrects a value: the "Klopt dit niet?" page explains the way for each. */
export const BRON_SLEUTELS = ['brp', 'rdw', 'kadaster', 'woz', 'duo', 'belastingdienst'] as const
export type BronSleutel = (typeof BRON_SLEUTELS)[number]

/** Items whose value is a word the registry writes in Dutch ("vrouw", "Personenauto"): marked lang="nl" in English. */
export const NEDERLANDSE_WAARDEN: ReadonlySet<string> = new Set([
  'geslacht',
  'nationaliteit',
  'soortVerbintenis',
  'voertuigsoort',
  'kleur',
  'soortRecht',
  'opleiding',
  'niveau',
])

export interface GegevenRegel {
  /** The item, also its label key under `gegevens.labels` (or a period, for a list of addresses). */
  gegeven: string
  label: string
  waarde: string
  /** The value is a burgerservicenummer: masked until the person asks to see it. */
  bsn?: boolean
  /** Where "Klopt dit niet?" leads; absent for values nobody corrects (a period, a derived status). */
  bron?: BronSleutel
}

export interface GegevensBlok {
  id: string
  titel: string
  regels: GegevenRegel[]
}

/** Text helpers the block builders share, so they stay free of vue-i18n. */
export interface Tekst {
  t: (key: string, params?: Record<string, unknown> | number) => string
  locale: string
}

export function regel(tekst: Tekst, gegeven: string, waarde: string | undefined, bron?: BronSleutel): GegevenRegel[] {
  if (waarde === undefined || waarde === '') return []
  return [{ gegeven, label: tekst.t(`gegevens.labels.${gegeven}`), waarde, ...(bron ? { bron } : {}) }]
}
