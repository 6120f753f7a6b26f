import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { AxeBevinding, TekstUitslag } from './checks'

export interface AuditRegel {
  scherm: string
  titel: string
  staat: string
  route: string
  url: string
  viewport: string
  kleurmodus: string
  overtredingen: AxeBevinding[]
  onvolledig: AxeBevinding[]
  horizontaalScrollen: number
  /** Light mode only: WCAG 1.4.12 text spacing, and at 1280 px WCAG 1.4.4 text at 200%. */
  tekstafstand?: TekstUitslag
  tekst200?: TekstUitslag
  /** Relative to the report, so it opens from disk. */
  schermafbeelding?: string
  /** The screen could not be opened in its state. */
  fout?: string
}

export interface AuditRapport {
  gemaakt: string
  basisUrl: string
  axeTags: string[]
  regels: AuditRegel[]
}

/** What is wrong with one entry, in words; empty when it passes. */
export function problemen(regel: AuditRegel): string[] {
  const lijst: string[] = []
  if (regel.fout) lijst.push(`niet te openen: ${regel.fout}`)
  for (const overtreding of regel.overtredingen) lijst.push(`axe ${overtreding.regel} (${overtreding.impact ?? '?'}): ${overtreding.elementen.join(', ')}`)
  if (regel.horizontaalScrollen > 0) lijst.push(`${regel.horizontaalScrollen} px horizontaal scrollen`)
  for (const [naam, uitslag] of [['tekstafstand', regel.tekstafstand], ['tekst 200%', regel.tekst200]] as const) {
    if (!uitslag) continue
    if (uitslag.horizontaalScrollen > 0) lijst.push(`${naam}: ${uitslag.horizontaalScrollen} px horizontaal scrollen`)
    for (const element of uitslag.afgekapt) lijst.push(`${naam}: afgekapt ${element}`)
  }
  return lijst
}

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

function bevindingen(kop: string, lijst: AxeBevinding[]): string {
  if (lijst.length === 0) return ''
  const items = lijst
    .map((item) => `<li><a href="${escape(item.hulp)}">${escape(item.regel)}</a> (${escape(item.impact ?? 'onbekend')}): ${escape(item.uitleg)}<br><code>${item.elementen.map(escape).join('</code>, <code>')}</code>${item.redenen.length > 0 ? `<br>${item.redenen.map(escape).join('<br>')}` : ''}</li>`)
    .join('')
  return `<h4>${escape(kop)}</h4><ul>${items}</ul>`
}

function regelHtml(regel: AuditRegel): string {
  const fout = problemen(regel)
  const status = fout.length === 0 ? '<p class="ok">Geen problemen gevonden.</p>' : `<ul class="fout">${fout.map((item) => `<li>${escape(item)}</li>`).join('')}</ul>`
  const beeld = regel.schermafbeelding
    ? `<a href="${escape(regel.schermafbeelding)}"><img src="${escape(regel.schermafbeelding)}" alt="Schermafbeelding: ${escape(regel.titel)}, ${escape(regel.staat)}, ${escape(regel.viewport)} px, ${escape(regel.kleurmodus)}" loading="lazy"></a>`
    : ''
  return `<article><h3>${escape(regel.viewport)} px, ${escape(regel.kleurmodus)}</h3>${status}${bevindingen('Overtredingen', regel.overtredingen)}${bevindingen('Onvolledig: zelf beoordelen', regel.onvolledig)}${beeld}</article>`
}

function html(rapport: AuditRapport): string {
  const perScherm = new Map<string, AuditRegel[]>()
  for (const regel of rapport.regels) perScherm.set(regel.scherm, [...(perScherm.get(regel.scherm) ?? []), regel])
  const fout = rapport.regels.filter((regel) => problemen(regel).length > 0).length
  const onvolledig = rapport.regels.reduce((som, regel) => som + regel.onvolledig.length, 0)
  const secties = [...perScherm.values()]
    .map((regels) => {
      const eerste = regels[0]
      if (!eerste) return ''
      return `<section aria-labelledby="s-${escape(eerste.scherm)}"><h2 id="s-${escape(eerste.scherm)}">${escape(eerste.titel)}: ${escape(eerste.staat)}</h2><p>Route <code>${escape(eerste.route)}</code>, adres <code>${escape(new URL(eerste.url).pathname + new URL(eerste.url).search)}</code>; opnieuw openen: <code>/schermen/${escape(eerste.scherm)}</code></p><div class="raster">${regels.map(regelHtml).join('')}</div></section>`
    })
    .join('')
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Toegankelijkheidsrapport Mijn Overheid</title>
<style>
body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 1rem; color: #1a1a1a; background: #fff; }
.raster { display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1rem; }
article { border: 1px solid #767676; padding: 0.5rem; }
img { max-inline-size: 100%; border: 1px solid #767676; }
.ok { color: #0b6b1d; } .fout { color: #a4001c; }
code { overflow-wrap: anywhere; }
a:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
</style></head>
<body><main>
<h1>Toegankelijkheidsrapport Mijn Overheid</h1>
<p>Gemaakt op ${escape(rapport.gemaakt)} tegen ${escape(rapport.basisUrl)} met axe-core (${escape(rapport.axeTags.join(', '))}).
${rapport.regels.length} controles: ${perScherm.size} schermen en toestanden, elk op 320 en 1280 px, licht, donker en geforceerde kleuren.
<strong>${fout} met problemen</strong>, ${onvolledig} onvolledige uitslagen om zelf te beoordelen.</p>
${secties}
</main></body></html>
`
}

export async function schrijfRapport(map: string, rapport: AuditRapport): Promise<void> {
  await writeFile(join(map, 'rapport.json'), `${JSON.stringify(rapport, null, 2)}\n`)
  await writeFile(join(map, 'rapport.html'), html(rapport))
}
