/**
 * One card per domain on the overview. A domain that is not built yet says so plainly:
 * no link into an empty page, no made-up figures.
 */
export interface DomainCardConfig {
  id: 'berichten' | 'gegevens' | 'zaken' | 'machtigingen' | 'mfo'
  to: string
  available: boolean
}

export const domainCards: readonly DomainCardConfig[] = [
  { id: 'berichten', to: '/berichten', available: true },
  { id: 'gegevens', to: '/gegevens', available: false },
  { id: 'zaken', to: '/zaken', available: false },
  { id: 'machtigingen', to: '/machtigingen', available: false },
  { id: 'mfo', to: '/gegevens', available: false },
]
