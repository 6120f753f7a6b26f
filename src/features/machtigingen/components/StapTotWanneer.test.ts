import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { emptyDateParts } from '@/shared/ui/form/date-parts'
import { expectNoAxeViolations } from '@/test/axe'
import { descriptionOf, getByRole, queryAllByRole } from '@/test/by-role'
import { machtigingenContext } from '../machtigingen.test-context'
import StapTotWanneer from './StapTotWanneer.vue'

it('asks for the last day, says the latest allowed, and marks the wrong box', async () => {
  const { global } = await machtigingenContext('/machtigingen/nieuw?stap=3', 'anna')
  mount(StapTotWanneer, {
    props: { modelValue: emptyDateParts(), uiterlijk: '15 maart 2031', fout: 'De maand moet een getal zijn van 1 tot en met 12.', delen: ['month' as const] },
    global,
    attachTo: document.body,
  })
  const groep = getByRole(document.body, 'group', 'Tot en met welke datum geldt de machtiging?')
  expect(descriptionOf(groep)).toBe('Bijvoorbeeld: 31 3 2027. Dit kan tot en met 15 maart 2031. Fout: De maand moet een getal zijn van 1 tot en met 12.')
  expect(queryAllByRole(groep, 'textbox').map((vak) => vak.getAttribute('aria-invalid'))).toEqual([null, 'true', null])
  expect(getByRole(groep, 'textbox', 'Dag').id).toBe('machtiging-geldig-tot')
  await expectNoAxeViolations(document.body)
})
