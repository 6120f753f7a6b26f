import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFString, PDFHexString } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { bijlagePdf } from './pdf'
import type { OpgeslagenBericht } from './types'

const alinea = 'Wij hebben uw aangifte ontvangen en verwerkt. '.repeat(12)
const bericht: OpgeslagenBericht = {
  berichtId: '00000000-0000-4000-8000-000000000001',
  afzender: 'Belastingdienst',
  onderwerp: 'Voorlopige aanslag 2026',
  inhoud: `<p>Geachte mevrouw El Amrani,</p>${`<p>${alinea}</p>`.repeat(14)}<p>Met vriendelijke groet</p>`,
  type: 'beschikking',
  publicatietijdstip: Date.parse('2026-02-10T09:00:00Z'),
  bewaartermijn: '2033-02-10',
  map: 'postvak',
  status: 'ongelezen',
  bijlagen: [{ bijlageId: '00000000-0000-4000-8000-000000000002', naam: 'Voorlopige aanslag inkomstenbelasting 2026.pdf' }],
}

async function leesTerug() {
  const [bijlage] = bericht.bijlagen
  if (!bijlage) throw new Error('geen bijlage')
  return PDFDocument.load(await bijlagePdf('999990019', bericht, bijlage), { updateMetadata: false })
}

const naam = (dict: PDFDict, sleutel: string) => dict.lookup(PDFName.of(sleutel), PDFName).decodeText()

/** Every structure element below `element`, depth first, as [type, element]. */
function elementen(element: PDFDict): [string, PDFDict][] {
  const kinderen = element.lookup(PDFName.of('K'))
  const lijst = kinderen instanceof PDFArray ? kinderen.asArray() : [kinderen]
  return lijst.flatMap((kind) => {
    const dict = kind instanceof PDFRef ? element.context.lookup(kind) : kind
    if (!(dict instanceof PDFDict) || dict.get(PDFName.of('S')) === undefined) return []
    return [[naam(dict, 'S'), dict] as [string, PDFDict], ...elementen(dict)]
  })
}

function inhoudVan(pdf: PDFDocument, pagina: number): string {
  const stream = pdf.getPage(pagina).node.Contents()
  const streams = stream instanceof PDFArray ? stream.asArray().map((ref) => pdf.context.lookup(ref)) : [stream]
  return streams.map((deel) => (deel instanceof PDFRawStream ? new TextDecoder().decode(decodePDFRawStream(deel).decode()) : '')).join('\n')
}

describe('the mock PDFs are tagged (issue 6 §11)', () => {
  it('name their title, show it instead of the file name, and say they are Dutch', async () => {
    const pdf = await leesTerug()
    expect(pdf.getTitle()).toBe('Voorlopige aanslag inkomstenbelasting 2026')
    const voorkeuren = pdf.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict)
    expect(voorkeuren.get(PDFName.of('DisplayDocTitle'))?.toString()).toBe('true')
    const taal = pdf.catalog.lookup(PDFName.of('Lang'))
    expect(taal instanceof PDFString || taal instanceof PDFHexString ? taal.decodeText() : '').toBe('nl-NL')
    expect(pdf.catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))?.toString()).toBe('true')
  })

  it('have a structure tree: one Document with the title as H1 and the text as paragraphs, over both pages', async () => {
    const pdf = await leesTerug()
    expect(pdf.getPageCount()).toBeGreaterThan(1)
    const root = pdf.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict)
    expect(naam(root, 'Type')).toBe('StructTreeRoot')
    const document = root.lookup(PDFName.of('K'), PDFDict)
    expect(naam(document, 'S')).toBe('Document')
    const types = elementen(document).map(([type]) => type)
    expect(types.filter((type) => type === 'H1')).toHaveLength(1)
    expect(types.filter((type) => type === 'P').length).toBeGreaterThan(15)
    expect(root.lookup(PDFName.of('ParentTreeNextKey'), PDFNumber).asNumber()).toBe(pdf.getPageCount())
  })

  it('bind each element to marked content in the pages, and keep the footer out of it', async () => {
    const pdf = await leesTerug()
    const eerste = inhoudVan(pdf, 0)
    expect(eerste).toMatch(/\/P <<\/MCID 0>> BDC/)
    expect(eerste).toMatch(/\/H1 <<\/MCID \d+>> BDC/)
    expect(eerste).toMatch(/\/Artifact BMC/)
    // Every sequence that begins also ends.
    const tel = (operator: RegExp) => eerste.match(operator)?.length ?? 0
    expect(tel(/ BDC\b/g) + tel(/ BMC\b/g)).toBe(tel(/\bEMC\b/g))
    // Every MCID on the last page points back to an element on that page.
    const laatste = pdf.getPageCount() - 1
    const ids = [...inhoudVan(pdf, laatste).matchAll(/<<\/MCID (\d+)>> BDC/g)].map((match) => Number(match[1]))
    expect(ids).toEqual(ids.map((_, index) => index))
    const structParents = pdf.getPage(laatste).node.lookup(PDFName.of('StructParents'), PDFNumber).asNumber()
    expect(structParents).toBe(laatste)
  })
})
