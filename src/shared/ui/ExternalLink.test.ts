import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole } from '@/test/by-role'
import { createTestI18n } from '@/test/i18n'
import ExternalLink from './ExternalLink.vue'

it('opens in a new tab without a handle on this one, and says so in its name', async () => {
  const wrapper = mount(ExternalLink, {
    props: { href: 'https://www.digid.nl' },
    slots: { default: 'DigiD' },
    global: { plugins: [createTestI18n()] },
    attachTo: document.body,
  })
  const link = getByRole(document.body, 'link', 'DigiD (opent in een nieuw tabblad)')
  expect(link.getAttribute('target')).toBe('_blank')
  expect(link.getAttribute('rel')).toBe('noopener noreferrer')
  await expectNoAxeViolations(wrapper.element)
})
