import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { measureFile, parseFirstLoad } from './sizes'

interface ManifestChunk {
  file: string
  src?: string
  isDynamicEntry?: boolean
  imports?: string[]
}
type Manifest = Record<string, ManifestChunk>

/** One route view and the JavaScript that navigating to it loads beyond the first load. */
export interface RouteJs {
  view: string
  feature: string
  /** The route's own chunk. */
  chunkGzipBytes: number
  files: string[]
  /** Everything navigating there loads beyond the first load, the chunk included. */
  gzipBytes: number
}

// A route's component: a `…View.vue`, or a feature's set of views behind one import (mfo/views/mfo-views.ts).
const VIEW = /^src\/(?:features\/([^/]+)|app\/([^/]+))\/(?:.*View\.vue|views\/[^/]+\.ts)$/
// The texts a feature loads before its first route shows (the router's loadMessages), Dutch and English.
const FEATURE_MESSAGES = (feature: string) => new RegExp(`^src/features/${feature}/[^/]+\\.messages(\\.en)?\\.ts$`)

/**
 * Per route view: its chunk, the chunks it imports (statically, all the way down) and its feature's texts, minus
 * what the first load already brought. Read from Vite's manifest (dist/.vite/manifest.json), gzip level 9.
 */
export async function measureRouteJs(distDir: string): Promise<RouteJs[]> {
  const manifest = JSON.parse(await readFile(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Manifest
  const firstLoad = new Set(parseFirstLoad(await readFile(join(distDir, 'index.html'), 'utf8')).scripts)
  const gzipOf = new Map<string, number>()
  const gzip = async (file: string) => {
    if (!gzipOf.has(file)) gzipOf.set(file, (await measureFile(distDir, file)).gzipBytes)
    return gzipOf.get(file) ?? 0
  }
  const routes: RouteJs[] = []
  for (const [key, chunk] of Object.entries(manifest)) {
    const match = VIEW.exec(key)
    if (!match || !chunk.isDynamicEntry) continue
    const feature = match[1] ?? match[2] ?? ''
    const messages = Object.keys(manifest).filter((other) => FEATURE_MESSAGES(feature).test(other) && !other.endsWith('.en.ts'))
    const files = [...closure(manifest, [key, ...messages])].filter((file) => file.endsWith('.js') && !firstLoad.has(file))
    const sizes = await Promise.all(files.map(gzip))
    const view = key.replace(/^.*\//, '').replace(/\.(vue|ts)$/, '')
    routes.push({ view, feature, chunkGzipBytes: await gzip(chunk.file), files, gzipBytes: sizes.reduce((a, b) => a + b, 0) })
  }
  return routes.sort((a, b) => a.feature.localeCompare(b.feature) || a.view.localeCompare(b.view))
}

/** The files of these manifest entries and of everything they import statically. */
function closure(manifest: Manifest, keys: string[]): Set<string> {
  const files = new Set<string>()
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    seen.add(key)
    const chunk = manifest[key]
    if (!chunk) return
    files.add(chunk.file)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  keys.forEach(visit)
  return files
}
