import axe from 'axe-core'
import { expect } from 'vitest'

/** axe-core on a rendered component, with the WCAG 2.1 A/AA rules (colour contrast needs a real browser: e2e). */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const results = await axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  })
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])
}
