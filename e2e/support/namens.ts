import { expect, type Page } from '@playwright/test'
import { loginOnDigid, type DigidLevel } from './fixtures'

/** Logs in with DigiD as `personName` and chooses on the mock DigiD on whose behalf (or "Voor mijzelf"). */
export async function loginNamens(page: Page, personName: string, namens: string | null, level: DigidLevel = 'Midden'): Promise<void> {
  await page.goto('/inloggen')
  await page.getByRole('button', { name: 'Inloggen met DigiD' }).click()
  await loginOnDigid(page, personName, level)
  await expect(page).toHaveTitle(/Voor wie wilt u inloggen/)
  await page.getByRole('radio', { name: namens ? new RegExp(`^Namens ${namens}`) : /^Voor mijzelf/ }).check()
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible()
}

/** The banner every page shows while acting for someone. */
export const namensBanner = (page: Page) => page.getByRole('region', { name: /^U regelt zaken voor/ })
