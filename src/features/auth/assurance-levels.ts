/**
 * DigiD's four levels and the eIDAS levels of assurance they map to (NL GOV Assurance profile for OIDC).
 * Defined once, for the app and for the mock DigiD and mock APIs. Basis and Midden both count as eIDAS
 * "low", so the exact DigiD level travels in the extra claim `loa_digid`.
 */
export const EIDAS_ACR = {
  low: 'http://eidas.europa.eu/LoA/low',
  substantial: 'http://eidas.europa.eu/LoA/substantial',
  high: 'http://eidas.europa.eu/LoA/high',
} as const

export type EidasAcr = (typeof EIDAS_ACR)[keyof typeof EIDAS_ACR]

export const DIGID_LEVELS = ['basis', 'midden', 'substantieel', 'hoog'] as const
export type DigidLevel = (typeof DIGID_LEVELS)[number]

export const ACR_BY_LEVEL: Readonly<Record<DigidLevel, EidasAcr>> = {
  basis: EIDAS_ACR.low,
  midden: EIDAS_ACR.low,
  substantieel: EIDAS_ACR.substantial,
  hoog: EIDAS_ACR.high,
}

const RANK: readonly string[] = [EIDAS_ACR.low, EIDAS_ACR.substantial, EIDAS_ACR.high]

/** Whether `acr` is at least `minimum` (low < substantial < high); an unknown or missing acr never is. */
export function acrAtLeast(acr: string | undefined, minimum: EidasAcr): boolean {
  const rank = acr === undefined ? -1 : RANK.indexOf(acr)
  return rank >= 0 && rank >= RANK.indexOf(minimum)
}
