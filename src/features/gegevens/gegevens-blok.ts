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
  'geboorteland',
])

/** Whose value it is, when not the person's own: said on the "Klopt dit niet?" page, without a name in the URL. */
export const WIE = ['partner', 'kind', 'ouder'] as const
export type Wie = (typeof WIE)[number]

export interface GegevenRegel {
  /** The item, also its label key under `gegevens.labels` (or a period, for a list of addresses). */
  gegeven: string
  label: string
  waarde: string
  /** The value is a burgerservicenummer: masked until the person asks to see it. */
  bsn?: boolean
  /** Where "Klopt dit niet?" leads; absent for values nobody corrects (a period, a derived status). */
  bron?: BronSleutel
  /** The item in full, for a link read out of context: "Achternaam van Yusuf", "WOZ-waarde 2026". */
  naam?: string
  wie?: Wie
  /** Whose record it is, when not the person's own (a child's): "Klopt dit niet?" points at exactly that value. */
  persoonBsn?: string
  /** For programs reading the download: an ISO date or a number beside the text. */
  machineWaarde?: string | number
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

export function regel(
  tekst: Tekst,
  gegeven: string,
  waarde: string | undefined,
  bron?: BronSleutel,
  extra: Pick<GegevenRegel, 'machineWaarde'> = {},
): GegevenRegel[] {
  if (waarde === undefined || waarde === '') return []
  return [{ gegeven, label: tekst.t(`gegevens.labels.${gegeven}`), waarde, ...(bron ? { bron } : {}), ...extra }]
}

/** Rows of someone else's data (a partner, a child, a parent): their links say whose value it is. */
export function vanIemand(regels: GegevenRegel[], wie: Wie, voornaam: string | undefined, tekst: Tekst): GegevenRegel[] {
  return regels.map((item) => ({ ...item, wie, naam: tekst.t('gegevens.vanPersoon', { gegeven: item.label, naam: voornaam || tekst.t(`gegevens.wie.${wie}`) }) }))
}
