import { daysUntil } from '@/shared/format/format'

/** Two months ahead: time enough to book a test. */
export const APK_WAARSCHUWING_DAGEN = 60

export type ApkStatus = { soort: 'verlopen' } | { soort: 'binnenkort'; dagen: number } | { soort: 'geldig' }

/** By the server's "now", so the warning agrees with the RDW (and the mock clock). */
export function apkStatus(vervaldatum: string | undefined, nu: Date): ApkStatus {
  if (!vervaldatum) return { soort: 'geldig' }
  const dagen = daysUntil(vervaldatum, nu)
  if (dagen < 0) return { soort: 'verlopen' }
  if (dagen <= APK_WAARSCHUWING_DAGEN) return { soort: 'binnenkort', dagen }
  return { soort: 'geldig' }
}
