import { describe, expect, it } from 'vitest'
import { startAfterPaint, withStartScript } from './start-after-paint'

const template =
  '<head><script type="module" crossorigin src="/assets/index-abc.js"></script>\n' +
  '    <link rel="modulepreload" crossorigin href="/assets/vue-def.js">\n' +
  '    <link rel="stylesheet" crossorigin href="/assets/index-ghi.css"></head>'

describe('a public page starts its app after the first paint', () => {
  it('loads the entry from a start script, with no modulepreload that would fetch it before the paint', () => {
    const start = startAfterPaint(template)
    const html = withStartScript(template, start)
    expect(html).toContain(`<script type="module" src="/${start.file}"></script>`)
    expect(html).not.toMatch(/modulepreload|index-abc\.js/)
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/index-ghi.css">')
    expect(start.source).toContain('import("/assets/index-abc.js")')
  })

  it('names the start script after its content, so a new deployment never meets an old one in a cache', () => {
    const other = startAfterPaint(template.replace('index-abc', 'index-xyz'))
    expect(other.file).toMatch(/^assets\/start-after-paint-[\w-]{8}\.js$/)
    expect(other.file).not.toBe(startAfterPaint(template).file)
  })

  it('refuses a template without the entry script instead of writing a page that never starts', () => {
    expect(() => startAfterPaint('<head></head>')).toThrow(/entry-script/)
  })
})
