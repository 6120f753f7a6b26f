/**
 * DigiD's four levels and how they map to eIDAS levels of assurance (NL GOV Assurance profile for OIDC).
 * Basis and Midden both count as eIDAS "low", so the exact level travels in the extra claim `loa_digid`.
 */
export const digidLevels = ['basis', 'midden', 'substantieel', 'hoog'] as const
export type DigidLevel = (typeof digidLevels)[number]

export const defaultLevel: DigidLevel = 'midden'

export const eidasAcr = {
  low: 'http://eidas.europa.eu/LoA/low',
  substantial: 'http://eidas.europa.eu/LoA/substantial',
  high: 'http://eidas.europa.eu/LoA/high',
} as const

const acrByLevel: Record<DigidLevel, string> = {
  basis: eidasAcr.low,
  midden: eidasAcr.low,
  substantieel: eidasAcr.substantial,
  hoog: eidasAcr.high,
}

/** Labels and hints for the login page, in B1 Dutch. */
export const levelTexts: Record<DigidLevel, { label: string; hint: string }> = {
  basis: { label: 'Basis', hint: 'Met gebruikersnaam en wachtwoord.' },
  midden: { label: 'Midden', hint: 'Met de DigiD app of een sms-code.' },
  substantieel: { label: 'Substantieel', hint: 'Met de DigiD app en een gecontroleerd identiteitsbewijs.' },
  hoog: { label: 'Hoog', hint: 'Met uw identiteitskaart met chip.' },
}

export function acrFor(level: DigidLevel): string {
  return acrByLevel[level]
}

export function isDigidLevel(value: unknown): value is DigidLevel {
  return typeof value === 'string' && (digidLevels as readonly string[]).includes(value)
}

/**
 * The lowest DigiD level that satisfies the app's `acr_values` (space separated, in order of preference),
 * so a step-up login opens with the right level already chosen.
 */
export function levelForAcrValues(acrValues: unknown): DigidLevel {
  if (typeof acrValues !== 'string') return defaultLevel
  const requested = new Set(acrValues.split(' '))
  if (requested.has(eidasAcr.low)) return defaultLevel
  if (requested.has(eidasAcr.substantial)) return 'substantieel'
  if (requested.has(eidasAcr.high)) return 'hoog'
  return defaultLevel
}
