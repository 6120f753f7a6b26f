// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/** theme.css is the one swappable file with colours (DESIGN.md §3); components and base.css use its tokens. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const SRC = join(ROOT, 'src')
const lees = (path: string) => readFileSync(path, 'utf8')

function vueFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return vueFiles(path)
    return entry.name.endsWith('.vue') ? [path] : []
  })
}

// CSS named colours; `transparent`, `currentColor` and the forced-colours system colours (Canvas, …) are fine.
const NAMED = new Set(
  `aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood cadetblue
  chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey
  darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray
  darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen
  fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender
  lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey
  lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen
  magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen
  mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab orange
  orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple
  rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue
  slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen`.split(/\s+/),
)
const HEX = /(?<![\w&])#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])/gi
const FUNCTIE = /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/gi
// A declaration value in CSS or in a style attribute, and SVG paint attributes in a template.
const WAARDE = /(?:^|[{;\s"'])(?:[a-z-]+)\s*:\s*([^;{}"']+)|\b(?:fill|stroke|stop-color|flood-color|lighting-color|color)="([^"]*)"/gim

/** Every hard-coded colour in a source file, as "line: text". */
function hardeKleuren(bron: string): string[] {
  const regels = bron.split('\n')
  return regels.flatMap((regel, index) => {
    const gevonden = [...regel.matchAll(HEX), ...regel.matchAll(FUNCTIE)].map((match) => match[0])
    for (const match of regel.matchAll(WAARDE)) {
      const woorden = (match[1] ?? match[2] ?? '').toLowerCase().match(/[a-z]+/g) ?? []
      gevonden.push(...woorden.filter((woord) => NAMED.has(woord)))
    }
    return gevonden.map((kleur) => `${index + 1}: ${kleur} in "${regel.trim()}"`)
  })
}

describe('hard-coded colours', () => {
  it('are recognised in their forms, and ordinary CSS is not mistaken for one', () => {
    const fout = ['color: #0b1a2b;', 'background: rgb(0 0 0 / 60%);', 'border-color: hsl(200 50% 50%)', '<rect fill="white" />', '  border: 1px solid red;']
    for (const regel of fout) expect(hardeKleuren(regel), regel).toHaveLength(1)
    const goed = ['white-space: nowrap;', '<a href="#inhoud">', 'fill: CanvasText;', '…&#8230;', 'color: var(--mo-color-text);', 'border: 4px solid transparent;']
    for (const regel of goed) expect(hardeKleuren(regel), regel).toEqual([])
  })

  it('appear in no component and not in base.css: they belong in theme.css as tokens', () => {
    const bestanden = [...vueFiles(SRC), join(SRC, 'theme', 'base.css')]
    expect(bestanden.length).toBeGreaterThan(20)
    const gevonden = bestanden.flatMap((pad) => hardeKleuren(lees(pad)).map((plek) => `${relative(ROOT, pad)}:${plek}`))
    expect(gevonden, 'Add a --mo-color-… token to src/theme/theme.css and use var(--mo-color-…)').toEqual([])
  })
})

type Rgb = [number, number, number]

/** "#0b3d6e" or "#fff" as red, green, blue (0–255). */
function rgb(hex: string): Rgb {
  const cijfers = hex.replace('#', '')
  const lang = cijfers.length === 3 ? [...cijfers].map((c) => c + c).join('') : cijfers
  if (!/^[0-9a-f]{6}$/i.test(lang)) throw new Error(`not a solid hex colour: ${hex}`)
  const kanaal = (start: number) => Number.parseInt(lang.slice(start, start + 2), 16)
  return [kanaal(0), kanaal(2), kanaal(4)]
}

/** WCAG 2.x relative luminance and contrast ratio. */
function luminantie([r, g, b]: Rgb): number {
  const lineair = (kanaal: number) => {
    const c = kanaal / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * lineair(r) + 0.7152 * lineair(g) + 0.0722 * lineair(b)
}

function contrast(a: string, b: string): number {
  const [la, lb] = [luminantie(rgb(a)), luminantie(rgb(b))]
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
}

/** The custom properties of theme.css for one colour scheme: :root, with the dark overrides when asked. */
function tokens(schema: 'licht' | 'donker'): Map<string, string> {
  const css = lees(join(SRC, 'theme', 'theme.css')).replace(/\/\*[\s\S]*?\*\//g, '')
  const donkerBlok = /@media\s*\(prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(css)?.[1]
  const lichtBlok = /^:root\s*\{([^}]*)\}/m.exec(css)?.[1]
  if (!lichtBlok || !donkerBlok) throw new Error('theme.css has no :root block or no dark :root block')
  const declaraties = (blok: string) =>
    [...blok.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m): [string, string] => [m[1] ?? '', (m[2] ?? '').trim()])
  return new Map([...declaraties(lichtBlok), ...(schema === 'donker' ? declaraties(donkerBlok) : [])])
}

function kleur(vars: Map<string, string>, naam: string): string {
  let waarde = vars.get(naam)
  for (let stap = 0; waarde?.startsWith('var(') && stap < 10; stap++) waarde = vars.get(/^var\((--[\w-]+)\)$/.exec(waarde)?.[1] ?? '')
  if (!waarde) throw new Error(`${naam} is not defined in theme.css`)
  return waarde
}

describe('focus ring and dialog border (WCAG 1.4.11: 3:1 against the page)', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrast('#000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
    expect(contrast('#0b3d6e', '#0b3d6e')).toBe(1)
  })

  it('the focus outline and the dialog border are what the page draws them with', () => {
    expect(lees(join(SRC, 'theme', 'base.css'))).toMatch(/:focus-visible\s*\{\s*outline:[^;]*var\(--utrecht-focus-outline-color\)/)
    const dialogen = vueFiles(SRC).filter((pad) => /border:[^;]*var\(--mo-color-dialog-border\)/.test(lees(pad)))
    expect(dialogen.map((pad) => relative(SRC, pad))).not.toEqual([])
  })

  it('is dropped only where a navigation lands (main, h1, h2), not where an action leaves the focus', () => {
    // A message, an item or a task done that receives focus after an action must show where the person is.
    const zonderRing = [...lees(join(SRC, 'theme', 'base.css')).matchAll(/([^{}]+)\{[^}]*outline:\s*none/g)].flatMap((regel) =>
      (regel[1] ?? '').replace(/\/\*[\s\S]*?\*\//g, '').split(',').map((selector) => selector.trim()),
    )
    expect(zonderRing).toEqual(["main[tabindex='-1']:focus", "h1[tabindex='-1']:focus", "h2[tabindex='-1']:focus"])
  })

  it.each(['licht', 'donker'] as const)('stand out from the page background in the %s scheme', (schema) => {
    const vars = tokens(schema)
    const pagina = kleur(vars, '--mo-color-background')
    expect(contrast(kleur(vars, '--utrecht-focus-outline-color'), pagina)).toBeGreaterThanOrEqual(3)
    expect(contrast(kleur(vars, '--mo-color-dialog-border'), pagina)).toBeGreaterThanOrEqual(3)
  })
})
