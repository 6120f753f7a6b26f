// @vitest-environment jsdom
// happy-dom's node iterator skips nodes after a removal, so DOMPurify is checked in jsdom (see veilige-html.test.ts).
import { mount } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { nextTick } from 'vue'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, nameOf } from '@/test/by-role'
import { createTestI18n } from '@/test/i18n'
import BerichtInhoud from './BerichtInhoud.vue'

it('shows the letter as a named region in Dutch, without anything that could run', async () => {
  const html = '<p>Geachte mevrouw,</p><script>window.gehackt = true</script><p onclick="alert(1)">Zie <a href="https://www.duo.nl">duo.nl</a>.</p>'
  const wrapper = mount(BerichtInhoud, {
    props: { html, label: 'Inhoud van het bericht' },
    global: { plugins: [createTestI18n()] },
    attachTo: document.body,
  })
  await nextTick()
  const regio = wrapper.get('section')
  expect(regio.attributes('aria-label')).toBe('Inhoud van het bericht')
  expect(regio.attributes('lang')).toBe('nl')
  expect(regio.text()).toContain('Geachte mevrouw,')
  expect(regio.find('script').exists()).toBe(false)
  expect(regio.find('[onclick]').exists()).toBe(false)
  const link = getByRole(regio.element, 'link', /^duo\.nl/)
  expect(link.getAttribute('href')).toBe('https://www.duo.nl')
  expect(link.getAttribute('rel')).toBe('noopener noreferrer')
  expect(nameOf(link)).toMatch(/nieuw tabblad/)
  await expectNoAxeViolations(document.body)
})
