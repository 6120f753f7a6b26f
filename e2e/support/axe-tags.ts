/** WCAG 2.1 A and AA as axe-core tags it: the rules every screen must pass, in the e2e tests and the audit. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
