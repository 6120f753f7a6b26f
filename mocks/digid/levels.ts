import { ACR_BY_LEVEL, DIGID_LEVELS, EIDAS_ACR, type DigidLevel, type EidasAcr } from '../../src/features/auth/assurance-levels'

/** DigiD's levels and their eIDAS acr come from the app (one definition); this adds what only the login page needs. */
export type { DigidLevel }

export const defaultLevel: DigidLevel = 'midden'

/** Labels and hints for the login page, in B1 Dutch. */
export const levelTexts: Record<DigidLevel, { label: string; hint: string }> = {
  basis: { label: 'Basis', hint: 'Met gebruikersnaam en wachtwoord.' },
  midden: { label: 'Midden', hint: 'Met de DigiD app of een sms-code.' },
  substantieel: { label: 'Substantieel', hint: 'Met de DigiD app en een gecontroleerd identiteitsbewijs.' },
  hoog: { label: 'Hoog', hint: 'Met uw identiteitskaart met chip.' },
}

export function acrFor(level: DigidLevel): EidasAcr {
  return ACR_BY_LEVEL[level]
}

export function isDigidLevel(value: unknown): value is DigidLevel {
  return typeof value === 'string' && (DIGID_LEVELS as readonly string[]).includes(value)
}

/**
 * The lowest DigiD level that satisfies the app's `acr_values` (space separated, in order of preference),
 * so a step-up login opens with the right level already chosen.
 */
export function levelForAcrValues(acrValues: unknown): DigidLevel {
  if (typeof acrValues !== 'string') return defaultLevel
  const requested = new Set(acrValues.split(' '))
  if (requested.has(EIDAS_ACR.low)) return defaultLevel
  if (requested.has(EIDAS_ACR.substantial)) return 'substantieel'
  if (requested.has(EIDAS_ACR.high)) return 'hoog'
  return defaultLevel
}
