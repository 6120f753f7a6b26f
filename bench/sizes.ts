import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { constants, gzipSync } from 'node:zlib'

/** One built file with its raw and gzip (level 9) size in bytes. */
export interface AssetSize {
  /** Path relative to dist/, e.g. `assets/index-abc123.js`. */
  file: string
  bytes: number
  gzipBytes: number
}

export interface SizeReport {
  /** The entry script and its modulepreloads, in the order of index.html. */
  firstLoadJs: AssetSize[]
  firstLoadCss: AssetSize[]
  /** Every JS chunk in dist/assets that the first load does not fetch (route views, lazy features), by name. */
  lazyJs: AssetSize[]
  /** CSS in dist/assets that the first load does not fetch, by name (usually none). */
  lazyCss: AssetSize[]
}

/** What index.html makes the browser fetch before the app can start. */
export interface FirstLoadAssets {
  scripts: string[]
  stylesheets: string[]
}

/**
 * Reads the first load from dist/index.html instead of a Vite manifest: the build config does not write one,
 * and index.html is exactly what the browser sees.
 */
export async function measureSizes(distDir: string): Promise<SizeReport> {
  const firstLoad = parseFirstLoad(await readFile(join(distDir, 'index.html'), 'utf8'))
  const assetFiles = (await readdir(join(distDir, 'assets'))).map((name) => `assets/${name}`).sort()
  const inFirstLoad = new Set([...firstLoad.scripts, ...firstLoad.stylesheets])
  const lazy = (extension: string) => assetFiles.filter((file) => file.endsWith(extension) && !inFirstLoad.has(file))

  const measureAll = (files: readonly string[]) => Promise.all(files.map((file) => measureFile(distDir, file)))
  const [firstLoadJs, firstLoadCss, lazyJs, lazyCss] = await Promise.all([
    measureAll(firstLoad.scripts),
    measureAll(firstLoad.stylesheets),
    measureAll(lazy('.js')),
    measureAll(lazy('.css')),
  ])
  return { firstLoadJs, firstLoadCss, lazyJs, lazyCss }
}

export function totalGzipBytes(assets: readonly AssetSize[]): number {
  return assets.reduce((sum, asset) => sum + asset.gzipBytes, 0)
}

/** The entry module, its modulepreloads and the stylesheets, as paths relative to dist/. */
export function parseFirstLoad(indexHtml: string): FirstLoadAssets {
  const scripts: string[] = []
  const stylesheets: string[] = []
  for (const tag of indexHtml.matchAll(/<(script|link)\b([^>]*)>/gi)) {
    const name = tag[1]?.toLowerCase()
    const attributes = parseAttributes(tag[2] ?? '')
    const rel = attributes.get('rel')?.toLowerCase()
    if (name === 'script' && attributes.get('type') === 'module' && attributes.has('src')) {
      scripts.push(localPath(attributes.get('src') ?? ''))
    } else if (name === 'link' && rel === 'modulepreload' && attributes.has('href')) {
      scripts.push(localPath(attributes.get('href') ?? ''))
    } else if (name === 'link' && rel === 'stylesheet' && attributes.has('href')) {
      stylesheets.push(localPath(attributes.get('href') ?? ''))
    }
  }
  if (scripts.length === 0) throw new Error('dist/index.html has no <script type="module" src>: is the build complete?')
  return { scripts: unique(scripts), stylesheets: unique(stylesheets) }
}

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>()
  for (const match of source.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = match[1]
    if (name) attributes.set(name.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '')
  }
  return attributes
}

/** `/assets/x.js` (base `/`) → `assets/x.js`; anything from another origin is not part of dist/. */
function localPath(url: string): string {
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(url)) throw new Error(`first-load asset outside dist/: ${url}`)
  return url.replace(/[?#].*$/, '').replace(/^\.?\//, '')
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)]
}

export async function measureFile(distDir: string, file: string): Promise<AssetSize> {
  const content = await readFile(join(distDir, file))
  const gzipped = gzipSync(content, { level: constants.Z_BEST_COMPRESSION })
  return { file, bytes: content.byteLength, gzipBytes: gzipped.byteLength }
}
