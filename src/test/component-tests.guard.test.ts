// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/**
 * Every component has a test beside it that renders it and runs axe-core. There is no allow-list:
 * a component that cannot render in happy-dom gets a test that renders what it can, with a comment why.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const SRC = join(ROOT, 'src')

function vueFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return vueFiles(path)
    return entry.name.endsWith('.vue') ? [path] : []
  })
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Mounted itself, or inside a host component that renders it (a form around a field, say). */
function gemount(testSource: string, component: string): boolean {
  if (new RegExp(`\\bmount\\(\\s*${component}\\b`).test(testSource)) return true
  const inHost = new RegExp(`\\bh\\(\\s*${component}\\b|components:\\s*\\{[^}]*\\b${component}\\b`).test(testSource)
  return inHost && /\bmount\(/.test(testSource)
}

/** What a component's test file lacks (all of it when there is none); empty when it imports, mounts and axe-checks it. */
function ontbreekt(componentPath: string, testSource: string): string[] {
  const naam = basename(componentPath, '.vue')
  const viaAlias = `@/${relative(SRC, componentPath).split('\\').join('/')}`
  const importRegel = new RegExp(`import\\s+(\\w+)\\s*(?:,\\s*\\{[^}]*\\})?\\s+from\\s+['"](?:\\./${escape(naam)}\\.vue|${escape(viaAlias)})['"]`)
  const geimporteerd = importRegel.exec(testSource)?.[1]
  const problemen: string[] = []
  if (!geimporteerd) problemen.push(`import ${naam} from './${naam}.vue'`, `mount(${naam}, …) from '@vue/test-utils'`)
  else if (!gemount(testSource, geimporteerd)) problemen.push(`mount(${geimporteerd}, …) from '@vue/test-utils'`)
  if (!/from\s+['"]@\/test\/axe['"]/.test(testSource) || !/\bexpectNoAxeViolations\(/.test(testSource)) {
    problemen.push(`await expectNoAxeViolations(wrapper.element) from '@/test/axe'`)
  }
  return problemen
}

const testPathFor = (componentPath: string) => join(dirname(componentPath), `${basename(componentPath, '.vue')}.test.ts`)

describe('component test guard', () => {
  const components = vueFiles(SRC).sort()

  it('finds the components (so an empty list cannot pass)', () => {
    expect(components.length).toBeGreaterThan(10)
    expect(components).toContain(join(SRC, 'app', 'App.vue'))
  })

  it('every component has a test beside it that mounts it and runs axe', () => {
    const gebreken = components.flatMap((path) => {
      const testPath = testPathFor(path)
      const bestaat = existsSync(testPath)
      const problemen = ontbreekt(path, bestaat ? readFileSync(testPath, 'utf8') : '')
      if (problemen.length === 0) return []
      return [`${relative(ROOT, path)}: ${bestaat ? 'add to' : 'create'} ${relative(ROOT, testPath)} with: ${problemen.join('; ')}`]
    })
    expect(gebreken, `Components without a rendering, axe-checked test:\n${gebreken.join('\n')}\n`).toEqual([])
  })

  it('tells a real component test from one that only imports, or never runs axe', () => {
    const pad = join(SRC, 'shared', 'ui', 'Voorbeeld.vue')
    const echt = "import Voorbeeld from './Voorbeeld.vue'\nimport { expectNoAxeViolations } from '@/test/axe'\nmount(Voorbeeld, {})\nawait expectNoAxeViolations(w.element)"
    expect(ontbreekt(pad, echt)).toEqual([])
    expect(ontbreekt(pad, echt.replace("'./Voorbeeld.vue'", "'@/shared/ui/Voorbeeld.vue'"))).toEqual([])
    expect(ontbreekt(pad, '')).toHaveLength(3)
    expect(ontbreekt(pad, echt.replace('mount(Voorbeeld, {})', ''))).toEqual(["mount(Voorbeeld, …) from '@vue/test-utils'"])
    expect(ontbreekt(pad, echt.replace('await expectNoAxeViolations(w.element)', ''))).toHaveLength(1)
    expect(ontbreekt(pad, echt.replace("'./Voorbeeld.vue'", "'./Ander.vue'"))).toHaveLength(2)
    const inHost = echt.replace('mount(Voorbeeld, {})', 'const Host = defineComponent({ components: { Voorbeeld }, template: "<Voorbeeld />" })\nmount(Host)')
    expect(ontbreekt(pad, inHost.replace('import Voorbeeld from', 'import Voorbeeld, { GRENS } from'))).toEqual([])
  })
})
