import { expect, type Page } from '@playwright/test'

/** The list of letters on the Berichtenbox page, one item per letter. */
export const berichtenLijst = (page: Page) => page.getByRole('main').getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) })

export const onderwerpen = (page: Page) => berichtenLijst(page).getByRole('heading', { level: 3 })

export async function openBerichten(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: /^Berichten/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Berichten' })).toBeVisible()
  await expect(onderwerpen(page).first()).toBeVisible()
  await wachtOpLijst(page)
}

/** The unread count as the navigation states it to screen readers ("7 ongelezen"). */
export async function ongelezenInNavigatie(page: Page): Promise<number> {
  const link = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: /^Berichten/ })
  const naam = (await link.textContent()) ?? ''
  return Number(/(\d+) ongelezen/.exec(naam)?.[1] ?? 0)
}

/** Waits until the list shows the answer to the current question (not the previous one). */
export async function wachtOpLijst(page: Page): Promise<void> {
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0)
  await expect(page.getByText('Berichten worden geladen…')).toHaveCount(0)
}

export async function naarMap(page: Page, map: 'Postvak IN' | 'Archief' | 'Prullenbak'): Promise<void> {
  await page.getByRole('navigation', { name: 'Mappen' }).getByRole('link', { name: new RegExp(`^${map}`) }).click()
  await expect(page.getByRole('heading', { level: 2, name: map })).toBeVisible()
  await wachtOpLijst(page)
}
