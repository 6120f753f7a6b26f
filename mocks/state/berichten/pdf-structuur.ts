import { beginMarkedContent, endMarkedContent, PDFDocument, PDFName, PDFNumber, PDFOperator, PDFOperatorNames, type PDFDict, type PDFPage, type PDFRef } from 'pdf-lib'

/** The structure types this letter uses (PDF 1.7, 14.8.4): a heading and paragraphs inside one Document. */
export type StructuurType = 'H1' | 'P'

interface Element {
  type: StructuurType
  delen: PDFDict[]
}

/**
 * A tagged PDF (PDF/UA's basis): every piece of text belongs to a structure element through a marked-content
 * sequence with an MCID, and the structure tree says in what order a screen reader reads them. Footers are
 * artifacts, outside the structure. pdf-lib has no tagging API, so this writes the objects itself.
 */
export function createStructuur(pdf: PDFDocument) {
  const { context } = pdf
  const rootRef = context.nextRef()
  const documentRef = context.nextRef()
  const elementen = new Map<PDFRef, Element>()
  // Per page: its index in the ParentTree, and which element each of its MCIDs belongs to.
  const paginas = new Map<PDFPage, { index: number; eigenaars: PDFRef[] }>()

  function paginaInfo(pagina: PDFPage) {
    let info = paginas.get(pagina)
    if (!info) {
      info = { index: paginas.size, eigenaars: [] }
      paginas.set(pagina, info)
      pagina.node.set(PDFName.of('StructParents'), PDFNumber.of(info.index))
    }
    return info
  }

  return {
    /** A new heading or paragraph, read after the ones made before it. */
    element(type: StructuurType): PDFRef {
      const ref = context.nextRef()
      elementen.set(ref, { type, delen: [] })
      return ref
    },

    /** What `teken` draws on `pagina` becomes part of `elementRef`. */
    markeer(pagina: PDFPage, elementRef: PDFRef, teken: () => void): void {
      const element = elementen.get(elementRef)
      if (!element) throw new Error('onbekend structuurelement')
      const info = paginaInfo(pagina)
      const mcid = info.eigenaars.push(elementRef) - 1
      // "/P <</MCID 3>> BDC": a string operand is written as is, which is how pdf-lib takes an inline property list.
      pagina.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of(element.type), `<</MCID ${mcid}>>`]))
      teken()
      pagina.pushOperators(endMarkedContent())
      element.delen.push(context.obj({ Type: 'MCR', Pg: pagina.ref, MCID: mcid }))
    },

    /** Page furniture (running footer): drawn, but not read out as part of the letter. */
    artefact(pagina: PDFPage, teken: () => void): void {
      pagina.pushOperators(beginMarkedContent('Artifact'))
      teken()
      pagina.pushOperators(endMarkedContent())
    },

    /** Writes the tree, the ParentTree and MarkInfo into the catalog. Call once, after the last page. */
    sluit(): void {
      for (const [ref, { type, delen }] of elementen) {
        context.assign(ref, context.obj({ Type: 'StructElem', S: type, P: documentRef, K: delen }))
      }
      context.assign(documentRef, context.obj({ Type: 'StructElem', S: 'Document', P: rootRef, K: [...elementen.keys()] }))
      const nums = [...paginas.values()].flatMap(({ index, eigenaars }) => [PDFNumber.of(index), context.obj(eigenaars)])
      context.assign(
        rootRef,
        context.obj({ Type: 'StructTreeRoot', K: documentRef, ParentTree: context.obj({ Nums: nums }), ParentTreeNextKey: paginas.size }),
      )
      pdf.catalog.set(PDFName.of('StructTreeRoot'), rootRef)
      pdf.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }))
    },
  }
}

export type Structuur = ReturnType<typeof createStructuur>
