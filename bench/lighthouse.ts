import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import lighthouse, { type Flags, type Result } from 'lighthouse'
import { screenEmulationMetrics, throttling, userAgents } from 'lighthouse/core/config/constants.js'
import type { Page } from 'puppeteer-core'
import { clearCachesKeepingSession, DEFAULT_LOGIN, launchBrowser, loginThroughDigid, type TestLogin } from './browser'
import { medianBy } from './median'

export const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const
export type CategoryId = (typeof CATEGORIES)[number]

/** Lighthouse's own mobile defaults (Moto G Power, slow 4G, 4× CPU), spelled out so a reader sees them. */
const MOBILE_FLAGS: Flags = {
  output: 'json',
  logLevel: 'error',
  onlyCategories: [...CATEGORIES],
  formFactor: 'mobile',
  screenEmulation: screenEmulationMetrics.mobile,
  emulatedUserAgent: userAgents.mobile,
  throttlingMethod: 'simulate',
  throttling: throttling.mobileSlow4G,
}

export interface AuditProblem {
  id: string
  title: string
  category: CategoryId
  /** A weight of 0 means the audit is shown by Lighthouse but does not move the score. */
  weight: number
  score: number | null
  /** Set when Lighthouse could not run the audit at all. */
  error?: string
}

export interface PageMeasurement {
  name: string
  /** The attempt number, as in the report's file name. */
  run: number
  requestedUrl: string
  finalUrl: string
  /** False when Lighthouse ended up somewhere else than asked, e.g. on /inloggen after losing the session. */
  measuredRequestedPage: boolean
  /** Scores ×100; null when Lighthouse could not score the category. */
  scores: Record<CategoryId, number | null>
  lcpMs: number | undefined
  tbtMs: number | undefined
  cls: number | undefined
  /** Audits in accessibility and best practices that did not pass or could not run. */
  problems: AuditProblem[]
  runWarnings: string[]
  runtimeError: string | undefined
  /** Lighthouse and Chromium versions. */
  environment: string
  /** Lighthouse's CPU benchmark of the machine during the run: simulated scores depend on it. */
  benchmarkIndex: number
  reportPath: string
}

/** All runs of one page, and the run whose performance score is the median: the one to read budgets from. */
export interface PageRuns {
  name: string
  median: PageMeasurement
  /** Runs that Lighthouse completed. */
  runs: PageMeasurement[]
  /** Runs that ended in a Lighthouse runtime error (e.g. NO_NAVSTART) and were run again. */
  discarded: PageMeasurement[]
}

export interface LighthouseRunOptions {
  origin: string
  resultsDir: string
  /** Runs per page. Simulated scores still vary with the machine's load, so the median of a few is read. */
  runs?: number
  login?: TestLogin
}

/**
 * Lighthouse 12 with this Chromium now and then loses the navigation in its trace (NO_NAVSTART) and scores nothing;
 * such a run says nothing about the page, so it is run again, a few times at most.
 */
const EXTRA_ATTEMPTS = 2

/**
 * Measures the login page (not logged in) and the overview (logged in) in one tab: the session lives in that
 * tab's sessionStorage, so a new tab or a fresh browser would land on /inloggen again.
 */
export async function measurePages({ origin, resultsDir, runs = 3, login = DEFAULT_LOGIN }: LighthouseRunOptions): Promise<PageRuns[]> {
  await prepareResultsDir(resultsDir)
  const browser = await launchBrowser()
  try {
    const page = await browser.newPage()
    const loginPage = await measureRuns('login', runs, (run) =>
      auditPage(page, { name: 'login', run, url: `${origin}/inloggen`, resultsDir, keepSession: false }),
    )

    await loginThroughDigid(page, origin, login)
    const overview = await measureRuns('overview', runs, async (run) => {
      await clearCachesKeepingSession(page, origin)
      return auditPage(page, { name: 'overview', run, url: `${origin}/`, resultsDir, keepSession: true })
    })
    return [loginPage, overview]
  } finally {
    await browser.close()
  }
}

async function measureRuns(name: string, runs: number, audit: (run: number) => Promise<PageMeasurement>): Promise<PageRuns> {
  const completed: PageMeasurement[] = []
  const discarded: PageMeasurement[] = []
  for (let run = 1; completed.length < runs && run <= runs + EXTRA_ATTEMPTS; run++) {
    const measurement = await audit(run)
    if (measurement.runtimeError) discarded.push(measurement)
    else completed.push(measurement)
  }
  return withMedian(name, completed, discarded)
}

export function withMedian(name: string, runs: readonly PageMeasurement[], discarded: readonly PageMeasurement[] = []): PageRuns {
  // With no completed run, show the failed one: its runtime error is the figure that matters.
  const median = medianBy(runs, (run) => run.scores.performance ?? -1) ?? discarded[0]
  if (!median) throw new Error(`no Lighthouse runs for ${name}`)
  return { name, median, runs: [...runs], discarded: [...discarded] }
}

/** Reports of an earlier bench with more runs would otherwise sit next to this bench's and mislead. */
async function prepareResultsDir(resultsDir: string): Promise<void> {
  await mkdir(resultsDir, { recursive: true })
  for (const file of await readdir(resultsDir)) {
    if (/^lighthouse-.*\.json$/.test(file)) await rm(join(resultsDir, file))
  }
}

interface AuditPageOptions {
  name: string
  run: number
  url: string
  resultsDir: string
  /** Keep the tab's storage, so a logged-in person stays logged in. */
  keepSession: boolean
}

export async function auditPage(page: Page, { name, run, url, resultsDir, keepSession }: AuditPageOptions): Promise<PageMeasurement> {
  const runnerResult = await lighthouse(url, { ...MOBILE_FLAGS, disableStorageReset: keepSession }, undefined, page)
  if (!runnerResult) throw new Error(`Lighthouse returned no result for ${url}`)
  const reportPath = join(resultsDir, `lighthouse-${name}-${run}.json`)
  const report = Array.isArray(runnerResult.report) ? runnerResult.report.join('\n') : runnerResult.report
  await writeFile(reportPath, report)
  return summarize(name, run, runnerResult.lhr, reportPath)
}

export function summarize(name: string, run: number, lhr: Result, reportPath: string): PageMeasurement {
  const finalUrl = lhr.finalDisplayedUrl
  return {
    name,
    run,
    requestedUrl: lhr.requestedUrl ?? lhr.mainDocumentUrl ?? finalUrl,
    finalUrl,
    measuredRequestedPage: lhr.requestedUrl === undefined || sameUrl(lhr.requestedUrl, finalUrl),
    scores: {
      performance: score(lhr, 'performance'),
      accessibility: score(lhr, 'accessibility'),
      'best-practices': score(lhr, 'best-practices'),
    },
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue,
    problems: [...auditProblems(lhr, 'accessibility'), ...auditProblems(lhr, 'best-practices')],
    runWarnings: lhr.runWarnings.map(String),
    runtimeError: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : undefined,
    environment: describeEnvironment(lhr),
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    reportPath,
  }
}

function describeEnvironment(lhr: Result): string {
  const chromium = /(?:HeadlessChrome|Chrome)\/([\d.]+)/.exec(lhr.environment.hostUserAgent)?.[1] ?? 'unknown'
  return `Lighthouse ${lhr.lighthouseVersion}, Chromium ${chromium}`
}

function score(lhr: Result, category: CategoryId): number | null {
  const value = lhr.categories[category]?.score
  return value === null || value === undefined ? null : Math.round(value * 100)
}

function auditProblems(lhr: Result, category: CategoryId): AuditProblem[] {
  const problems: AuditProblem[] = []
  for (const ref of lhr.categories[category]?.auditRefs ?? []) {
    const audit = lhr.audits[ref.id]
    if (!audit) continue
    const base = { id: ref.id, title: audit.title, category, weight: ref.weight, score: audit.score }
    if (audit.scoreDisplayMode === 'error') problems.push({ ...base, error: audit.errorMessage ?? 'unknown error' })
    else if (audit.score !== null && audit.score < 1) problems.push(base)
  }
  return problems
}

function sameUrl(a: string, b: string): boolean {
  const strip = (url: string) => {
    const parsed = new URL(url)
    parsed.hash = ''
    return parsed.href
  }
  return strip(a) === strip(b)
}
