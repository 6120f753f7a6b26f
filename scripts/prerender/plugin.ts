import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, type Plugin, type ResolvedConfig } from 'vite'
import { JS_FALLBACK } from '../../src/app/prerender/js-fallback.messages'
import { pageFile, SHELL_PATH } from '../../src/app/prerender/page-file'
import { installDomGlobals } from './dom-globals'
import { assertNoInlineStyleOrScript, pageHtml } from './page-html'
import { startAfterPaint, withStartScript } from './start-after-paint'

const ENTRY = 'src/app/prerender/entry-prerender.ts'
const LOCALES = ['nl', 'en'] as const

type PrerenderModule = typeof import('../../src/app/prerender/entry-prerender')

/**
 * After the browser build is written, and before the service worker's precache list is made (vite-plugin-pwa, at
 * closeBundle): build the app once more for Node, render the public pages and the frame of the private pages in
 * every language, and write them beside index.html. So they are served, and precached, as files.
 */
export function prerender(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'mijn-overheid-prerender',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(resolved) {
      config = resolved
    },
    async writeBundle() {
      const outDir = resolve(config.root, config.build.outDir)
      const serverDir = await mkdtemp(join(config.root, 'node_modules', '.prerender-'))
      try {
        await build({
          configFile: config.configFile,
          mode: config.mode,
          logLevel: 'warn',
          build: { ssr: ENTRY, outDir: serverDir, emptyOutDir: true, copyPublicDir: false, rolldownOptions: { output: { codeSplitting: true } } },
        })
        const template = await readFile(join(outDir, 'index.html'), 'utf8')
        const written = await renderAll(pathToFileURL(join(serverDir, 'entry-prerender.js')).href, template, outDir)
        config.logger.info(`prerendered ${written.length} pages: ${written.join(', ')}`)
      } finally {
        await rm(serverDir, { recursive: true, force: true })
      }
    },
  }
}

async function renderAll(entryUrl: string, template: string, outDir: string): Promise<string[]> {
  const start = startAfterPaint(template)
  await writeFile(join(outDir, start.file), start.source)
  // A page with its content in the HTML (a public page, the start page's frame) starts the app after it was painted;
  // the frame of the other private pages has nothing to show yet, and starts the app at once.
  const afterPaint = withStartScript(template, start)
  const templateFor = (path: string, soort: 'pagina' | 'kader') => (soort === 'kader' && path === SHELL_PATH ? template : afterPaint)
  const uninstall = installDomGlobals('http://localhost/')
  const written: string[] = []
  try {
    const { prerender, prerenderPaths, kaderPaths } = (await import(entryUrl)) as PrerenderModule
    const jobs = [
      ...prerenderPaths().map((path) => ({ path, soort: 'pagina' as const })),
      ...kaderPaths().map((path) => ({ path, soort: 'kader' as const })),
    ]
    for (const locale of LOCALES) {
      for (const job of jobs) {
        const page = await prerender(job.path, locale, job.soort)
        assertNoInlineStyleOrScript(page.html, page.path)
        const file = pageFile(page.path, locale)
        await writeFile(join(outDir, file), pageHtml(templateFor(job.path, job.soort), { ...page, fallback: JS_FALLBACK[locale] }))
        written.push(file)
      }
    }
  } finally {
    await uninstall()
  }
  return written
}
