import { describe, expect, it } from 'vitest'

/**
 * Every message file of the app, with its Dutch source and English translation side by side. Texts of
 * the first load keep English in `x.messages.en.ts` beside `x.messages.ts` (it loads on demand).
 */
const sources = import.meta.glob<Record<string, unknown>>(['/src/**/*.messages.ts', '/src/**/*.messages.en.ts'], { eager: true })
const files: Record<string, Record<string, unknown>> = {}
for (const [path, exports] of Object.entries(sources)) {
  const base = path.replace(/\.en\.ts$/, '.ts')
  files[base] = { ...files[base], ...exports }
}

type Tree = { [key: string]: string | Tree }

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The { nl, en } pairs a file exports (`fooMessages = { nl, en }`, or `fooNl` / `fooEn`). */
function pairs(exports: Record<string, unknown>): [string, Tree, Tree][] {
  const found: [string, Tree, Tree][] = []
  for (const [name, value] of Object.entries(exports)) {
    if (isTree(value) && isTree(value.nl) && isTree(value.en)) found.push([name, value.nl, value.en])
    const nl = exports[`${name.replace(/Nl$/, '')}Nl`]
    const en = exports[`${name.replace(/Nl$/, '')}En`]
    if (name.endsWith('Nl') && isTree(nl) && isTree(en)) found.push([name, nl, en])
  }
  return found
}

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') result.set(path, value)
    else for (const [leaf, text] of leaves(value, path)) result.set(leaf, text)
  }
  return result
}

const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort()
const forms = (text: string) => text.split('|').length

const all = Object.entries(files).flatMap(([file, exports]) => pairs(exports).map(([name, nl, en]) => ({ file, name, nl: leaves(nl), en: leaves(en) })))

describe('message files', () => {
  it('are all found', () => {
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(8)
    expect(all.length).toBeGreaterThanOrEqual(Object.keys(files).length)
  })

  for (const { file, name, nl, en } of all) {
    describe(`${file} (${name})`, () => {
      it('has the same keys in Dutch and English', () => {
        expect([...en.keys()].sort()).toEqual([...nl.keys()].sort())
      })

      it('uses the same placeholders and the same number of plural forms', () => {
        for (const [key, dutch] of nl) {
          const english = en.get(key) ?? ''
          expect({ key, placeholders: placeholders(english), forms: forms(english) }).toEqual({
            key,
            placeholders: placeholders(dutch),
            forms: forms(dutch),
          })
        }
      })

      it('writes plurals as plural forms, never as "bericht(en)" or "message(s)"', () => {
        const patched = [...nl, ...en].filter(([, text]) => /\w\((en|n|s|es)\)/.test(text)).map(([key]) => key)
        expect(patched).toEqual([])
      })
    })
  }
})
