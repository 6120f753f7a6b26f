/** The steps of a correctieverzoek, in order: each its own page (`/correctieverzoek/<stap>`, route `mfo-<stap>`). */
export const STAPPEN = ['gegeven', 'contact', 'gevolgen', 'bewijs', 'contactgegevens', 'controleren'] as const
export type Stap = (typeof STAPPEN)[number]

export const stapRoute = (stap: Stap) => `mfo-${stap}`
export const stapNummer = (stap: Stap) => STAPPEN.indexOf(stap) + 1
