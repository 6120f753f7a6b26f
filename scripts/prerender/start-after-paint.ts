import { createHash } from 'node:crypto'

/** The built index.html's entry script, and the modulepreloads Vite writes beside it. */
const ENTRY_SCRIPT = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"><\/script>/
const MODULEPRELOAD = /\s*<link rel="modulepreload"[^>]*>/g

export interface StartScript {
  /** Where the build writes it, inside the output folder. */
  file: string
  source: string
  /** The `<script>` that replaces the entry script and its modulepreloads on a public page. */
  tag: string
}

/**
 * A prerendered page with content (a public page, the start page's frame) has its text in the HTML already. Its app JavaScript waits until that text has been
 * painted: on a slow phone and connection the download and the start of the app would otherwise delay the first
 * paint (they compete for bandwidth and the CPU). The page is readable meanwhile; the app takes it over after.
 */
export function startAfterPaint(template: string): StartScript {
  const entry = ENTRY_SCRIPT.exec(template)?.[1]
  if (!entry) throw new Error('index.html heeft geen entry-script van Vite')
  const source = [
    '// Starts the app once the prerendered page has been painted (scripts/prerender/start-after-paint.ts).',
    'let started = false',
    `const start = () => { if (!started) { started = true; import(${JSON.stringify(entry)}) } }`,
    "if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {",
    "  new PerformanceObserver((_list, observer) => { observer.disconnect(); setTimeout(start) }).observe({ type: 'paint', buffered: true })",
    '  // A tab opened in the background paints nothing until it is shown: do not wait for that.',
    '  setTimeout(start, 3000)',
    '} else start()',
    '// A button pressed before the app runs is not lost: the last one is pressed again once the app runs: the same',
    '// element when the app took the page over, else its button with the same text. Links work without the app.',
    "const running = () => document.getElementById('app')?.hasAttribute('data-app') ?? false",
    'let pressed = null',
    'const keep = (event) => {',
    "  const button = event.target instanceof Element ? event.target.closest('button') : null",
    '  if (!button || running()) return',
    '  event.preventDefault()',
    '  pressed = button',
    '  start()',
    '}',
    "document.addEventListener('click', keep, true)",
    '// The app marks #app once it runs; drawn anew, its #app replaces the prerendered one.',
    'new MutationObserver((_list, observer) => {',
    '  if (!running()) return',
    '  observer.disconnect()',
    "  document.removeEventListener('click', keep, true)",
    '  const text = pressed?.textContent?.trim()',
    "  const buttons = [...(document.getElementById('app')?.querySelectorAll('button') ?? [])]",
    '  const again = pressed?.isConnected ? pressed : buttons.find((button) => button.textContent?.trim() === text)',
    '  again?.click()',
    "}).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-app'] })",
    '',
  ].join('\n')
  const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8)
  const file = `assets/start-after-paint-${hash}.js`
  return { file, source, tag: `<script type="module" src="/${file}"></script>` }
}

/** The template for a public page: the start script instead of the entry script and its modulepreloads. */
export function withStartScript(template: string, start: StartScript): string {
  if (!ENTRY_SCRIPT.test(template)) throw new Error('index.html heeft geen entry-script van Vite')
  return template.replace(MODULEPRELOAD, '').replace(ENTRY_SCRIPT, () => start.tag)
}
