import { expect, type Locator, type Page } from '@playwright/test'

/**
 * Presses Tab until the element has focus, as a keyboard user would; fails if it never gets there.
 * `afterPress` runs after every press (the keyboard journeys check there that the focus is visible).
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 40, afterPress?: (key: string) => Promise<unknown>): Promise<void> {
  for (let press = 0; press < maxPresses; press += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return
    await page.keyboard.press('Tab')
    await afterPress?.('Tab')
  }
  await expect(target, 'bereikbaar met Tab').toBeFocused()
}
