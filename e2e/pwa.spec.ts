import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readFile, rename, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { chromium, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/chromium'
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, test, waitForServiceWorker } from './support/fixtures'
import { freePort, waitUntilServing } from './support/own-server'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const BUILD_A = join(ROOT, process.env.DIST_DIR ?? 'dist')

/** Chromium's own install check, as DevTools shows it under Application → Manifest. */
async function installabilityErrors(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page)
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
  await cdp.detach()
  return installabilityErrors.map((error) => error.errorId)
}

/** Width and height from a PNG's IHDR chunk: what the launcher really gets, whatever the manifest says. */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString('latin1'), 'PNG-handtekening').toBe('PNG')
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`
}

test.describe('Installing', () => {
  test.beforeAll(() => {
    test.skip(test.info().project.name === 'mobile', 'the install check does not depend on the viewport: once is enough')
  })

  // Chromium never offers to install from an incognito window, and Playwright's contexts are incognito: a
  // profile on disk is a normal window, as the person has.
  let profileDir = ''
  test.afterAll(async () => {
    if (profileDir) await rm(profileDir, { recursive: true, force: true })
  })

  test('Chromium finds the app installable, with a name and icons that load', async ({ baseURL }) => {
    profileDir = await mkdtemp(join(tmpdir(), 'mo-profiel-'))
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      baseURL,
      locale: 'nl-NL',
    })
    try {
      const page = context.pages()[0] ?? (await context.newPage())
      await page.goto('/')
      await waitForServiceWorker(page)

      expect(await installabilityErrors(page)).toEqual([])

      const cdp = await context.newCDPSession(page)
      const appManifest = await cdp.send('Page.getAppManifest')
      await cdp.detach()
      expect(appManifest.errors).toEqual([])
      const manifest = (await (await page.request.get(appManifest.url)).json()) as {
        name: string
        short_name: string
        icons: { src: string; sizes: string; purpose: string }[]
      }
      // The name in the install dialog and under the icon on the home screen.
      expect(manifest.name).toBe('Mijn Overheid')
      expect(manifest.short_name).toBe('Mijn Overheid')
      expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(
        expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
      )
      for (const icon of manifest.icons) {
        const response = await page.request.get(new URL(icon.src, appManifest.url).href)
        expect(response.status(), icon.src).toBe(200)
        expect(response.headers()['content-type'], icon.src).toBe('image/png')
        expect(pngSize(await response.body()), icon.src).toBe(icon.sizes)
      }

      // The check reads this very page: without the manifest link it is no longer installable.
      await page.evaluate(() => document.querySelector('link[rel="manifest"]')?.remove())
      await expect.poll(() => installabilityErrors(page)).toContain('no-manifest')
    } finally {
      await context.close()
    }
  })
})

/**
 * Two real builds, served by a server of this test's own (the shared one keeps serving build A to
 * the other tests): its DIST_DIR is a symlink that moves from build A to build B, as a deploy does.
 */
test.describe('A new version', () => {
  const buildB = `e2e-${Date.now()}`
  let tempDir = ''
  let server: ChildProcess | undefined
  let origin = ''

  test.beforeAll(async () => {
    test.skip(test.info().project.name === 'mobile', 'costs a second build; the same worker and prompt are checked at 320 px below')
    test.setTimeout(120_000)
    tempDir = await mkdtemp(join(tmpdir(), 'mo-pwa-'))
    await promisify(execFile)(join(ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', join(tempDir, 'b'), '--logLevel', 'warn'], {
      cwd: ROOT,
      env: { ...process.env, BUILD_ID: buildB },
    })
    await symlink(BUILD_A, join(tempDir, 'current'))
    const port = await freePort()
    origin = `http://127.0.0.1:${port}`
    server = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['server/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, DIST_DIR: join(tempDir, 'current'), PORT: String(port), HOST: '127.0.0.1' },
      stdio: 'ignore',
      detached: true,
    })
    await waitUntilServing(`${origin}/manifest.webmanifest`, server)
  })

  test.afterAll(async () => {
    // The whole process group: tsx runs the server in a child process of its own.
    if (server?.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM')
    if (tempDir) await rm(tempDir, { recursive: true, force: true })
  })

  test('a waiting new version is announced and loads only after "Nu bijwerken"', async ({ page }) => {
    const buildA = /<meta name="build-id" content="([^"]*)"/.exec(await readFile(join(BUILD_A, 'index.html'), 'utf8'))?.[1] ?? null
    expect(buildA).not.toBe(buildB)
    const buildId = () => page.evaluate(() => document.querySelector('meta[name="build-id"]')?.getAttribute('content') ?? null)
    const prompt = page.getByRole('status').filter({ hasText: 'Er is een nieuwe versie van Mijn Overheid.' })
    const bijwerken = page.getByRole('button', { name: 'Nu bijwerken' })

    await page.goto(`${origin}/`)
    await waitForServiceWorker(page)
    expect(await buildId()).toBe(buildA)
    await expect(bijwerken).toHaveCount(0)

    // Deploy build B; the next visit finds its service worker, which waits for the person.
    await symlink(join(tempDir, 'b'), join(tempDir, 'next'))
    await rename(join(tempDir, 'next'), join(tempDir, 'current'))
    await page.reload()
    await expect(prompt).toBeVisible({ timeout: 20_000 })
    await expect(bijwerken).toBeVisible()
    expect(await buildId(), 'niet bijwerken onder iemands handen').toBe(buildA)
    await expectNoAxeViolations(page)
    await page.setViewportSize({ width: 320, height: 640 })
    await expectNoHorizontalScroll(page)

    await bijwerken.click()
    // A locator, not evaluate(): it keeps looking while the page reloads.
    await expect(page.locator('meta[name="build-id"]')).toHaveAttribute('content', buildB, { timeout: 15_000 })
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(bijwerken).toHaveCount(0)
  })
})
