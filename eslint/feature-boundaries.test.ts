import { resolve } from 'node:path'
import { RuleTester } from 'eslint'
import { afterAll, describe, it } from 'vitest'
import { featureBoundaries } from './feature-boundaries.js'

RuleTester.afterAll = afterAll
RuleTester.describe = describe
RuleTester.it = it

const file = (path: string) => resolve(import.meta.dirname, '..', 'src', path)
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } })

tester.run('feature-boundaries', featureBoundaries, {
  valid: [
    { filename: file('features/dashboard/views/OverviewView.ts'), code: "import { useAuthStore } from '@/features/auth'" },
    { filename: file('features/berichten/views/BerichtenView.ts'), code: "import { berichtenApi } from '../berichten.api'" },
    { filename: file('features/berichten/index.ts'), code: "import { berichtenRoutes } from '@/features/berichten/routes'" },
    { filename: file('features/berichten/views/X.ts'), code: "import ModalDialog from '@/shared/ui/ModalDialog.vue'" },
    { filename: file('app/features.ts'), code: "import { berichtenFeature } from '@/features/berichten'" },
  ],
  invalid: [
    {
      filename: file('features/dashboard/views/OverviewView.ts'),
      code: "import { useBerichtenAantallenStore } from '@/features/berichten/berichten.store'",
      errors: [{ messageId: 'internals' }],
    },
    {
      filename: file('features/zaken/views/ZaakView.ts'),
      code: "import BerichtRij from '../../berichten/components/BerichtRij.vue'",
      errors: [{ messageId: 'internals' }],
    },
    { filename: file('app/App.ts'), code: "const view = import('@/features/auth/views/LoginView.vue')", errors: [{ messageId: 'internals' }] },
  ],
})
