/**
 * `npm run bench`: builds once, then prints the figures that DESIGN.md §8 budgets are read from.
 * It never fails on a budget; it fails only when it cannot measure.
 */
import { fileURLToPath } from 'node:url'
import { join, relative } from 'node:path'
import { buildApp } from './build'
import { budget, kb, ms, table } from './format'
import { measureInbox, type InboxTimings } from './inbox'
import { measurePages, type PageRuns } from './lighthouse'
import { errorMessage, startServer, type RunningServer } from './server'
import { measureSizes, totalGzipBytes, type AssetSize, type SizeReport } from './sizes'
import { measureRouteJs, type RouteJs } from './route-js'
import { measureZaken, type ZakenTimings } from './zaken'
import { CPU_SLOWDOWN, measureCls, type ClsMeting } from './cls'
import { measureGegevens, type GegevensTiming } from './gegevens'
import { measureInp, type InpMediaan } from './inp'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const DIST = join(ROOT, 'dist')
const BARE_APP_CONFIG = 'bench/bare-app/vite.config.ts'
const BARE_APP_DIST = join(ROOT, 'bench', 'bare-app', 'dist')
const RESULTS = join(ROOT, 'bench', 'results')
// Not 4190: browsers refuse that port (ManageSieve is on the Fetch standard's bad-port list).
const PORT = 4191

const FIRST_LOAD_JS_BUDGET_BYTES = 90_000
const ROUTE_CHUNK_BUDGET_BYTES = 30_000
/** Issue 13: the login page and the overview on a cheap phone (Lighthouse mobile, median run). */
const PAGE_BUDGETS: Record<string, { performance: number; lcpMs: number; tbtMs: number }> = {
  login: { performance: 100, lcpMs: 1_200, tbtMs: 50 },
  overview: { performance: 99, lcpMs: 1_800, tbtMs: 50 },
}
/** This machine scores about 2500–3400 when quiet; below 1000, other work competed for the CPU during a run. */
const BUSY_MACHINE_BENCHMARK_INDEX = 1000
const LIGHTHOUSE_RUNS = positiveInteger(process.env.BENCH_LIGHTHOUSE_RUNS) ?? 3

async function main(): Promise<void> {
  await step('build', () => buildApp(ROOT))
  await step('build bare Vue app', () => buildApp(ROOT, BARE_APP_CONFIG))

  const sizes = await step('sizes', () => measureSizes(DIST))
  printSizes(sizes)
  printRouteJs(await measureRouteJs(DIST))
  printBareComparison(totalGzipBytes(sizes.firstLoadJs), totalGzipBytes((await measureSizes(BARE_APP_DIST)).firstLoadJs))

  const pages = await step('lighthouse', () =>
    withServer((server) => measurePages({ origin: server.origin, resultsDir: RESULTS, runs: LIGHTHOUSE_RUNS })),
  )
  printLighthouse(pages)

  const inbox = await step('inbox', () => withServer((server) => measureInbox(server.origin)))
  printInbox(inbox)

  const zaken = await step('zaken', () => withServer((server) => measureZaken(server.origin)))
  printZaken(zaken)

  const gegevens = await step('gegevens', () => withServer((server) => measureGegevens(server.origin)))
  printGegevens(gegevens)

  const inp = await step('inp', () => withServer((server) => measureInp(server.origin)))
  printInp(inp)

  const cls = await step('cls', () => withServer((server) => measureCls(server.origin)))
  printCls(cls)
}

const RENDER_BUDGET_MS = 100
const SEARCH_RENDER_BUDGET_MS = 50

function printInbox(inbox: InboxTimings): void {
  heading('Berichtenbox, Kees Bakker (10,000 berichten; desktop Chromium, no throttling)')
  console.log(`navigation to first page on screen: ${ms(inbox.firstPageMs)} (of which after the data arrived: ${ms(inbox.firstPageRenderMs)})`)
  const rows = inbox.searches.map(({ term, totalMs, renderMs }) => [term, ms(totalMs), ms(renderMs)])
  for (const line of table(['search', 'submit to results', 'after data arrived'], rows, new Set([1, 2]))) console.log(line)
  console.log()
  console.log(budget('first page < 100 ms after data arrives', inbox.firstPageRenderMs < RENDER_BUDGET_MS, ms(inbox.firstPageRenderMs)))
  const slowest = Math.max(...inbox.searches.map(({ renderMs }) => renderMs))
  console.log(budget('search update < 50 ms after data arrives (slowest)', slowest < SEARCH_RENDER_BUDGET_MS, ms(slowest)))
}

function printZaken(zaken: ZakenTimings): void {
  heading('Lopende zaken, Kees Bakker (200 zaken; desktop Chromium, no throttling)')
  console.log(`navigation to first page on screen: ${ms(zaken.firstPage.totalMs)} (of which after the data arrived: ${ms(zaken.firstPage.renderMs)})`)
  const rows = zaken.filters.map(({ filter, totalMs, renderMs }) => [filter, ms(totalMs), ms(renderMs)])
  for (const line of table(['filter (organisatie, status)', 'submit to new list', 'after data arrived'], rows, new Set([1, 2]))) console.log(line)
  console.log('"after data arrived" counts from the end of the list response, so it includes reading and checking the JSON.')
  console.log()
  console.log(budget('zaken first page < 100 ms after data arrives', zaken.firstPage.renderMs < RENDER_BUDGET_MS, ms(zaken.firstPage.renderMs)))
  const slowest = Math.max(...zaken.filters.map(({ renderMs }) => renderMs))
  console.log(budget('zaken filter change < 100 ms after data arrives (slowest)', slowest < RENDER_BUDGET_MS, ms(slowest)))
}

function printGegevens(gegevens: GegevensTiming): void {
  heading('Persoonlijke gegevens, Kees Bakker (desktop Chromium, no throttling)')
  console.log(`navigation to all ${gegevens.bronnen} sources on screen: ${ms(gegevens.totalMs)} (of which after the last data arrived: ${ms(gegevens.renderMs)})`)
  console.log()
  console.log(budget('Gegevens < 100 ms after data arrives', gegevens.renderMs < RENDER_BUDGET_MS, ms(gegevens.renderMs)))
}

const INP_BUDGET_MS = 100

function printInp(metingen: InpMediaan[]): void {
  heading(`Interaction to Next Paint, Kees Bakker (Event Timing, CPU ${CPU_SLOWDOWN}× slower, phone viewport, median of 3 runs)`)
  const rows = metingen.map(({ stap, inpMs, soort, runs }) => [stap, ms(inpMs), soort, runs.map(ms).join(', ')])
  for (const line of table(['step', 'INP', 'slowest input', 'each run'], rows, new Set([1]))) console.log(line)
  console.log('Event Timing only reports interactions of 16 ms and longer: "16 ms" with "geen boven 16 ms" means at most that.')
  console.log()
  for (const { stap, inpMs } of metingen) console.log(budget(`INP ≤ 100 ms: ${stap}`, inpMs <= INP_BUDGET_MS, ms(inpMs)))
}

function printCls(metingen: ClsMeting[]): void {
  heading(`Layout shift while loading (CPU ${CPU_SLOWDOWN}× slower, slow 4G, phone viewport; every shift of the load added up)`)
  const rows = metingen.map(({ scherm, titel, cls, bronnen }) => [scherm, titel, cls.toFixed(3), bronnen.join(', ')])
  for (const line of table(['screen', 'title', 'CLS', 'what moved'], rows, new Set([2]))) console.log(line)
  console.log()
  const largest = metingen.reduce((max, meting) => (meting.cls > max.cls ? meting : max))
  console.log(budget('CLS 0 on every screen (largest)', largest.cls === 0, `${largest.scherm} ${largest.cls.toFixed(3)}`))
}

function printSizes(report: SizeReport): void {
  const firstLoadJs = totalGzipBytes(report.firstLoadJs)
  heading('Sizes (gzip level 9, 1 KB = 1000 bytes)')
  console.log(`first-load JS (login and overview routes): ${kb(firstLoadJs)} gzip in ${report.firstLoadJs.length} files`)
  printAssets(report.firstLoadJs)
  console.log(`first-load CSS: ${kb(totalGzipBytes(report.firstLoadCss))} gzip in ${report.firstLoadCss.length} files`)
  printAssets(report.firstLoadCss)
  console.log(`route and lazy JS chunks (not in the first load), by name: ${kb(totalGzipBytes(report.lazyJs))} gzip in total`)
  printAssets(report.lazyJs)
  if (report.lazyCss.length > 0) {
    console.log('lazy CSS (not in the first load), by name:')
    printAssets(report.lazyCss)
  }
  console.log()
  console.log(budget('first-load JS ≤ 90 KB gzip', firstLoadJs <= FIRST_LOAD_JS_BUDGET_BYTES, kb(firstLoadJs)))
}

function printRouteJs(routes: readonly RouteJs[]): void {
  heading('JavaScript per route: what navigating there loads beyond the first load (gzip level 9)')
  const rows = routes.map((route) => [route.feature, route.view, kb(route.chunkGzipBytes), kb(route.gzipBytes), String(route.files.length)])
  for (const line of table(['feature', 'route view', 'route chunk', 'all it loads', 'files'], rows, new Set([2, 3, 4]))) console.log(line)
  console.log('"all it loads": the chunk, what it imports and the feature\'s texts, on a first visit; shared chunks count for each route.')
  console.log()
  const largest = routes.reduce((a, b) => (b.chunkGzipBytes > a.chunkGzipBytes ? b : a))
  console.log(budget('each route chunk ≤ 30 KB gzip (largest)', largest.chunkGzipBytes <= ROUTE_CHUNK_BUDGET_BYTES, `${largest.view} ${kb(largest.chunkGzipBytes)}`))
}

function printBareComparison(appBytes: number, bareBytes: number): void {
  heading('First load against a bare Vue + vue-router + Pinia app (bench/bare-app, built in this run)')
  console.log(`bare app: ${kb(bareBytes)} gzip; Mijn Overheid: ${kb(appBytes)} gzip; ratio ${(appBytes / bareBytes).toFixed(2)}×`)
}

function printAssets(assets: readonly AssetSize[]): void {
  const rows = assets.map((asset) => [asset.file, kb(asset.bytes), kb(asset.gzipBytes)])
  for (const line of table(['  file', 'raw', 'gzip'], rows.map(([file = '', ...rest]) => [`  ${file}`, ...rest]), new Set([1, 2]))) {
    console.log(line)
  }
}

function printLighthouse(pages: readonly PageRuns[]): void {
  const runCount = Math.max(...pages.map((page) => page.runs.length))
  heading(`Lighthouse (mobile: Moto G Power emulation, simulated slow 4G and 4× CPU; median of ${runCount} runs)`)
  const rows = pages.map(({ name, median, runs }) => {
    const performances = runs.map((run) => run.scores.performance ?? 0)
    return [
      name,
      new URL(median.finalUrl).pathname,
      scoreCell(median.scores.performance),
      performances.length > 0 ? `${Math.min(...performances)}–${Math.max(...performances)}` : '–',
      scoreCell(median.scores.accessibility),
      scoreCell(median.scores['best-practices']),
      ms(median.lcpMs),
      ms(median.tbtMs),
      median.cls === undefined ? '–' : median.cls.toFixed(3),
    ]
  })
  const header = ['page', 'measured', 'performance', '(range)', 'accessibility', 'best practices', 'LCP', 'TBT', 'CLS']
  for (const line of table(header, rows, new Set([2, 3, 4, 5, 6, 7, 8]))) console.log(line)
  console.log('login: not logged in. overview: logged in through mock DigiD in the same tab; service worker and caches cleared before each run.')
  const allRuns = pages.flatMap((page) => [...page.runs, ...page.discarded])
  const indexes = allRuns.map((run) => run.benchmarkIndex)
  console.log(`${allRuns[0]?.environment ?? ''}; CPU benchmark index ${Math.min(...indexes)}–${Math.max(...indexes)}`)
  if (Math.min(...indexes) < BUSY_MACHINE_BENCHMARK_INDEX) {
    console.log(
      `note: CPU benchmark index below ${BUSY_MACHINE_BENCHMARK_INDEX} in some runs: the machine was busy, so performance figures are pessimistic; run again on a quiet machine before reading a performance OVER.`,
    )
  }

  console.log()
  for (const { name, median } of pages) {
    const { performance, accessibility } = median.scores
    const bestPractices = median.scores['best-practices']
    // A run that was sent elsewhere (the overview without a session lands on /inloggen) must not pass for the page.
    const detail = (value: number | null) =>
      median.measuredRequestedPage ? scoreCell(value) : `${scoreCell(value)}, but measured ${new URL(median.finalUrl).pathname}`
    const right = median.measuredRequestedPage
    console.log(budget(`${name} accessibility = 100`, right && accessibility === 100, detail(accessibility)))
    console.log(budget(`${name} best practices = 100`, right && bestPractices === 100, detail(bestPractices)))
    const limits = PAGE_BUDGETS[name]
    if (!limits) continue
    const fastEnough = performance !== null && performance >= limits.performance
    console.log(budget(`${name} performance ≥ ${limits.performance}`, right && fastEnough, detail(performance)))
    const within = (value: number | undefined, limit: number) => right && value !== undefined && value <= limit
    console.log(budget(`${name} LCP ≤ ${ms(limits.lcpMs)}`, within(median.lcpMs, limits.lcpMs), ms(median.lcpMs)))
    console.log(budget(`${name} TBT ≤ ${ms(limits.tbtMs)}`, within(median.tbtMs, limits.tbtMs), ms(median.tbtMs)))
  }

  for (const page of pages) printPageNotes(page)
  console.log()
  const reports = allRuns.map((run) => relative(RESULTS, run.reportPath)).sort()
  console.log(`raw reports in ${relative(ROOT, RESULTS)}/: ${reports.join(', ')}`)
}

function scoreCell(value: number | null): string {
  return value === null ? '–' : String(value)
}

/** Warnings, errors and failing audits of every run, each said once with the runs it happened in. */
function printPageNotes({ name, runs, discarded }: PageRuns): void {
  const notes = new Map<string, number[]>()
  const note = (text: string, run: number) => notes.set(text, [...(notes.get(text) ?? []), run])
  const attempts = [...runs, ...discarded].sort((a, b) => a.run - b.run)
  for (const run of discarded) note(`run discarded and run again: ${run.runtimeError ?? ''}`, run.run)
  for (const run of runs) {
    const runNumber = run.run
    if (!run.measuredRequestedPage) {
      note(`WARNING: asked for ${run.requestedUrl} but Lighthouse measured ${run.finalUrl}; these figures are not the ${name} page's.`, runNumber)
    }
    for (const warning of run.runWarnings) note(`run warning: ${warning}`, runNumber)
    for (const problem of run.problems) {
      const counts = problem.weight > 0 ? '' : ', weight 0: does not change the score'
      const what = problem.error ? `could not run: ${problem.error}` : `score ${problem.score ?? '–'}${counts}`
      note(`${problem.category} audit failed: ${problem.id} “${problem.title}” (${what})`, runNumber)
    }
  }
  if (notes.size === 0) return
  console.log()
  console.log(`${name}:`)
  for (const [text, inRuns] of notes) console.log(`  ${text} [run ${inRuns.join(', ')} of ${attempts.length}]`)
}

/** Starts the production server for the duration of `use`, and always stops it, also on Ctrl+C. */
async function withServer<T>(use: (server: RunningServer) => Promise<T>): Promise<T> {
  const server = await startServer({ root: ROOT, preferredPort: PORT })
  const stopOnSignal = () => void server.stop().finally(() => process.exit(130))
  process.once('SIGINT', stopOnSignal)
  process.once('SIGTERM', stopOnSignal)
  try {
    return await use(server)
  } finally {
    process.off('SIGINT', stopOnSignal)
    process.off('SIGTERM', stopOnSignal)
    await server.stop()
  }
}

async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now()
  const result = await run()
  console.error(`[bench] ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return result
}

function positiveInteger(value: string | undefined): number | undefined {
  const parsed = Number(value)
  return Number.isInteger(parsed) && parsed > 0 ? parsed : undefined
}

function heading(text: string): void {
  console.log()
  console.log(`== ${text} ==`)
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${errorMessage(error)}`)
  const cause = error instanceof Error && error.cause ? errorMessage(error.cause) : ''
  if (cause && !errorMessage(error).includes(cause)) console.error(`cause: ${cause}`)
  process.exitCode = 1
})
