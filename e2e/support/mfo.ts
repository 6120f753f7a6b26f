import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures'
import { tabTo } from './keyboard'

/**
 * How a person works a form: by keyboard alone (Tab to a control, type, Space or Enter) or by pointer.
 * The MFO journeys run both ways, keyboard at 320 px and pointer at 1280 px. `naToets` runs after every
 * key press (the keyboard journeys check there that the focus is visible).
 */
export function bediening(page: Page, toetsenbord: boolean, naToets?: (toets: string) => Promise<unknown>) {
  const toets = async (naam: string) => {
    await page.keyboard.press(naam)
    await naToets?.(naam)
  }
  const tabNaar = (doel: Locator) => tabTo(page, doel, 80, naToets)
  return {
    async typ(veld: Locator, tekst: string): Promise<void> {
      if (!toetsenbord) return veld.fill(tekst)
      await tabNaar(veld)
      await toets('ControlOrMeta+A')
      await toets('Delete')
      // Long texts arrive as one input, as a paste would; short ones key by key.
      if (tekst.length > 200) await page.keyboard.insertText(tekst)
      else await page.keyboard.type(tekst)
      await naToets?.(`typen in ${tekst.slice(0, 20)}`)
    },
    async druk(knop: Locator): Promise<void> {
      if (!toetsenbord) return knop.click()
      await tabNaar(knop)
      await toets('Enter')
    },
    /** A radio button: Tab reaches the group, the arrow keys move within it (and check what they reach). */
    async kies(groep: Locator, optie: string): Promise<void> {
      const doel = groep.getByRole('radio', { name: optie, exact: true })
      if (!toetsenbord) return doel.check()
      const radios = groep.getByRole('radio')
      const aantal = await radios.count()
      await tabNaar((await groep.getByRole('radio', { checked: true }).count()) > 0 ? groep.getByRole('radio', { checked: true }) : radios.first())
      for (let stap = 0; stap <= aantal && !(await doel.isChecked()); stap += 1) {
        if (await doel.evaluate((element) => element === document.activeElement)) await toets('Space')
        else await toets('ArrowDown')
      }
      await expect(doel).toBeChecked()
    },
    async kiesBestand(veld: Locator, bestand: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
      // The file picker is the browser's own dialog; both ways reach the input, then the file is set.
      if (toetsenbord) await tabNaar(veld)
      await veld.setInputFiles(bestand)
    },
  }
}

export const pdf = (naam = 'geboorteakte.pdf', grootte = 20_000) => ({
  name: naam,
  mimeType: 'application/pdf',
  buffer: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(Math.max(0, grootte - 9), 0x20)]),
})
export const png = (naam = 'akte.png') => ({ name: naam, mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]) })
/** A program renamed to look like a PDF: it starts with "MZ". */
export const exeAlsPdf = () => ({ name: 'geboorteakte.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(2000, 0)]) })

export const stapKop = (page: Page, titel: string) => page.getByRole('heading', { level: 1, name: new RegExp(`^Stap \\d van 6 ?: ${titel.replace(/[?]/g, '\\?')}$`) })
