/**
 * `npm run audit:a11y`: every screen of the catalogue (src/app/schermen/schermen.ts) in every state, at 320 and
 * 1280 px, in light, dark and forced-colours mode: axe, sideways scrolling, text spacing (WCAG 1.4.12) and 200%
 * text, with a screenshot each. Writes a11y-rapport/rapport.html (opens from disk) and rapport.json, prints a
 * summary, and exits with 1 when anything fails: zero is the expected outcome. Options: --alleen id,id,
 * --uitvoer map, --werkers n (each with a server and mock state of its own; default 2, one per core);
 * AUDIT_BASE_URL to audit a server that runs already (with the mocks on; then one worker).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdir, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { chromium, type Browser, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/support/chromium'
import { freePort, waitUntilServing } from '../../e2e/support/own-server'
import { SCHERMEN, STAAT_NAMEN, type Scherm } from '../../src/app/schermen/schermen'
import { AXE_TAGS } from '../../e2e/support/axe-tags'
import { axe, horizontaalScrollen, metTekst200, metTekstafstand } from './checks'
import { problemen, schrijfRapport, type AuditRegel } from './report'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const VIEWPORTS = [
  { naam: '320', width: 320, height: 640 },
  { naam: '1280', width: 1280, height: 900 },
] as const
const KLEURMODI = [
  { naam: 'licht', colorScheme: 'light', forcedColors: 'none' },
  { naam: 'donker', colorScheme: 'dark', forcedColors: 'none' },
  { naam: 'geforceerde kleuren', colorScheme: 'light', forcedColors: 'active' },
] as const

const { values } = parseArgs({
  options: { alleen: { type: 'string' }, uitvoer: { type: 'string', default: 'a11y-rapport' }, werkers: { type: 'string', default: '2' } },
})
const alleen = values.alleen?.split(',').filter(Boolean)
const uitvoer = resolve(ROOT, values.uitvoer)
const schermen = SCHERMEN.filter((scherm) => !alleen || alleen.includes(scherm.id))

/**
 * POST /__mock/reset, once more when the connection was reset: the server closes a kept-alive connection after a
 * few idle seconds, and a request sent on it at that moment fails (ECONNRESET) without reaching the server.
 */
async function resetMock(page: Page): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await page.request.post('/__mock/reset')
      return
    } catch (error) {
      if (attempt === 3 || !String(error).includes('ECONNRESET')) throw error
    }
  }
}

/** The screen opened in its state by the overview's own runner, as a tester would open it. */
async function open(page: Page, scherm: Scherm): Promise<void> {
  // Faults the screen before set must not reach this one while it loads (its runner resets only once it runs).
  await resetMock(page)
  await page.goto(`/schermen/${scherm.id}`)
  await page.getByRole('button', { name: 'Zet dit scherm klaar' }).click()
  if (scherm.digid) {
    await page.waitForFunction(() => document.title.includes('DigiD'), undefined, { timeout: 30_000 })
    return
  }
  await page.waitForFunction(() => document.documentElement.matches('[data-scherm-klaar], [data-scherm-fout]'), undefined, { timeout: 45_000 })
  const fout = await page.evaluate(() => document.documentElement.getAttribute('data-scherm-fout'))
  if (fout) throw new Error(fout)
}

async function controleer(page: Page, scherm: Scherm, regels: AuditRegel[]): Promise<void> {
  const basis = { scherm: scherm.id, titel: scherm.titel, staat: STAAT_NAMEN[scherm.staat], route: scherm.route }
  try {
    await open(page, scherm)
  } catch (error) {
    const fout = error instanceof Error ? error.message.split('\n')[0] : String(error)
    regels.push({ ...basis, url: page.url(), viewport: '-', kleurmodus: '-', overtredingen: [], onvolledig: [], horizontaalScrollen: 0, fout })
    return
  }
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height })
    for (const modus of KLEURMODI) {
      // Still the screen that was set up (the idle warning, say, ends in a logout after two minutes).
      const nogKlaar = scherm.digid || (await page.evaluate((id) => document.documentElement.getAttribute('data-scherm-klaar') === id, scherm.id))
      if (!nogKlaar) {
        regels.push({ ...basis, url: page.url(), viewport: viewport.naam, kleurmodus: modus.naam, overtredingen: [], onvolledig: [], horizontaalScrollen: 0, fout: 'het scherm veranderde tijdens de controle' })
        continue
      }
      await page.emulateMedia({ colorScheme: modus.colorScheme, forcedColors: modus.forcedColors })
      await page.waitForTimeout(100)
      const bestand = `schermafbeeldingen/${scherm.id}-${viewport.naam}-${modus.naam.replace(/\s+/g, '-')}.jpg`
      await page.screenshot({ path: join(uitvoer, bestand), type: 'jpeg', quality: 70 })
      const { overtredingen, onvolledig } = await axe(page)
      const regel: AuditRegel = {
        ...basis,
        url: page.url(),
        viewport: viewport.naam,
        kleurmodus: modus.naam,
        overtredingen,
        onvolledig,
        horizontaalScrollen: await horizontaalScrollen(page),
        schermafbeelding: bestand,
      }
      if (modus.naam === 'licht') {
        regel.tekstafstand = await metTekstafstand(page)
        if (viewport.naam === '1280') regel.tekst200 = await metTekst200(page)
      }
      regels.push(regel)
    }
  }
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' })
}

async function startServer(): Promise<{ baseURL: string; stop: () => void }> {
  if (process.env.AUDIT_BASE_URL) return { baseURL: process.env.AUDIT_BASE_URL, stop: () => undefined }
  const port = await freePort()
  const child: ChildProcess = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', MOCKS: 'on' },
    stdio: 'ignore',
    detached: true,
  })
  // The whole process group: tsx runs the server in a child process of its own. Also on Ctrl-C.
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM')
  }
  process.once('exit', stop)
  const baseURL = `http://127.0.0.1:${port}`
  // A busy machine (the test suite beside it) can take a while to start tsx.
  await waitUntilServing(`${baseURL}/manifest.webmanifest`, child, 90_000).catch((error: unknown) => {
    stop()
    throw error
  })
  return { baseURL, stop }
}

/** One worker: its own server (so its own mock state), one page, its share of the screens in order. */
async function auditDeel(deel: readonly Scherm[], browser: Browser): Promise<{ regels: AuditRegel[]; baseURL: string }> {
  const server = await startServer()
  const regels: AuditRegel[] = []
  try {
    const context = await browser.newContext({ baseURL: server.baseURL, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 320, height: 640 } })
    const page = await context.newPage()
    for (const scherm of deel) {
      const begin = regels.length
      await controleer(page, scherm, regels)
      const fouten = regels.slice(begin).flatMap(problemen)
      console.log(`${fouten.length === 0 ? 'ok  ' : 'FOUT'} ${scherm.id} (${STAAT_NAMEN[scherm.staat]})${fouten.map((fout) => `\n       ${fout}`).join('')}`)
    }
    await context.close()
  } finally {
    server.stop()
  }
  return { regels, baseURL: server.baseURL }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130))
const begin = Date.now()
// Only what an earlier run wrote: --uitvoer may name a folder with other things in it.
await rm(join(uitvoer, 'schermafbeeldingen'), { recursive: true, force: true })
for (const bestand of ['rapport.html', 'rapport.json']) await rm(join(uitvoer, bestand), { force: true })
await mkdir(join(uitvoer, 'schermafbeeldingen'), { recursive: true })
const werkers = process.env.AUDIT_BASE_URL ? 1 : Math.max(1, Number(values.werkers) || 1)
const delen = Array.from({ length: werkers }, (_, werker) => schermen.filter((_, index) => index % werkers === werker))
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
let uitslagen: { regels: AuditRegel[]; baseURL: string }[]
try {
  uitslagen = await Promise.all(delen.filter((deel) => deel.length > 0).map((deel) => auditDeel(deel, browser)))
} finally {
  await browser.close()
}
// In the catalogue's order, whichever worker did it.
const volgorde = (regel: AuditRegel) => schermen.findIndex((scherm) => scherm.id === regel.scherm)
const regels = uitslagen.flatMap((uitslag) => uitslag.regels).sort((a, b) => volgorde(a) - volgorde(b))
const basisUrl = uitslagen.map((uitslag) => uitslag.baseURL).join(', ')

await schrijfRapport(uitvoer, { gemaakt: new Date().toISOString(), basisUrl, axeTags: AXE_TAGS, regels })
const metFout = regels.filter((regel) => problemen(regel).length > 0)
const onvolledig = regels.reduce((som, regel) => som + regel.onvolledig.length, 0)
const overtredingen = regels.reduce((som, regel) => som + regel.overtredingen.length, 0)
console.log(
  `\n${schermen.length} schermen en toestanden, ${regels.length} controles (320 en 1280 px × licht, donker, geforceerde kleuren) in ${Math.round((Date.now() - begin) / 1000)} s.\n` +
    `axe-overtredingen: ${overtredingen}; controles met problemen: ${metFout.length}; onvolledig (zelf beoordelen): ${onvolledig}.\n` +
    `Rapport: ${join(uitvoer, 'rapport.html')} en rapport.json`,
)
process.exitCode = metFout.length === 0 ? 0 : 1
