import { authFeature } from '@/features/auth'
import { berichtenFeature } from '@/features/berichten'
import { dashboardFeature } from '@/features/dashboard'
import { gegevensFeature } from '@/features/gegevens'
import { infoFeature } from '@/features/info'
import { machtigingenFeature } from '@/features/machtigingen'
import { mfoFeature } from '@/features/mfo'
import { wachtrijFeature } from '@/features/wachtrij'
import { zakenFeature } from '@/features/zaken'
import type { Feature } from '@/shared/feature'
import { schermenFeature } from './schermen'

/** Every feature of the app. A new domain adds one line here; the shell reads the rest from its index.ts. */
export const features: readonly Feature[] = [
  dashboardFeature,
  authFeature,
  berichtenFeature,
  gegevensFeature,
  zakenFeature,
  machtigingenFeature,
  mfoFeature,
  infoFeature,
  wachtrijFeature,
  schermenFeature,
]
