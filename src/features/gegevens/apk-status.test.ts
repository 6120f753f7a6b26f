import { expect, it } from 'vitest'
import { APK_WAARSCHUWING_DAGEN, apkStatus } from './apk-status'

const nu = new Date('2026-12-01T10:00:00Z')

it('warns when the APK expires within the warning period, and says how many days are left', () => {
  expect(apkStatus('2026-12-22', nu)).toEqual({ soort: 'binnenkort', dagen: 21 })
  expect(apkStatus('2026-12-01', nu)).toEqual({ soort: 'binnenkort', dagen: 0 })
})

it('says expired the day after, and nothing while the APK is far off or unknown', () => {
  expect(apkStatus('2026-11-30', nu)).toEqual({ soort: 'verlopen' })
  const ver = new Date(nu.getTime() + (APK_WAARSCHUWING_DAGEN + 1) * 86_400_000).toISOString().slice(0, 10)
  expect(apkStatus(ver, nu)).toEqual({ soort: 'geldig' })
  expect(apkStatus(undefined, nu)).toEqual({ soort: 'geldig' })
})
