import { PDFDocument, PageSizes, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib'
import { adresseringVan } from '../gegevens/adressering'
import { findTestPerson } from '../persons'
import { langeDatum } from '../dates'
import { htmlNaarTekst } from './html-tekst'
import { createStructuur, type Structuur, type StructuurType } from './pdf-structuur'
import type { OpgeslagenBericht, OpgeslagenBijlage } from './types'

const MARGE = 64
const TEKST = 10.5
const REGEL = 15
const grijs = rgb(0.35, 0.35, 0.35)

interface Letters {
  gewoon: PDFFont
  vet: PDFFont
  /** Helvetica without embedding speaks WinAnsi only; anything else becomes "?" instead of an error. */
  schrijfbaar(tekst: string): string
}

/**
 * A bijlage as a real A4 letter: afzender, recipient, date, subject and the bericht's text. Tagged, as real
 * senders' PDFs must be: title, language, and a structure tree (heading, paragraphs) for screen readers.
 * Standard fonts are not embedded, which keeps each file a few kilobytes.
 */
export async function bijlagePdf(bsn: string, bericht: OpgeslagenBericht, bijlage: OpgeslagenBijlage): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  const gewoon = await pdf.embedFont(StandardFonts.Helvetica)
  const tekens = new Set(gewoon.getCharacterSet())
  const letters: Letters = {
    gewoon,
    vet: await pdf.embedFont(StandardFonts.HelveticaBold),
    schrijfbaar: (tekst) =>
      [...tekst].map((teken) => (tekens.has(teken.codePointAt(0) ?? 0) ? teken : vervang(teken, tekens))).join(''),
  }
  const titel = bijlage.naam.replace(/\.pdf$/i, '')
  const verzonden = new Date(bericht.publicatietijdstip)
  // Readers show the title instead of the file name; Lang tells a screen reader which voice to use.
  pdf.setTitle(titel, { showInWindowTitleBar: true })
  pdf.setLanguage('nl-NL')
  pdf.setAuthor(bericht.afzender)
  pdf.setSubject(bericht.onderwerp)
  pdf.setProducer('Mijn Overheid mock-Berichtenbox')
  // Dates from the letter, not from the wall clock: the same bijlage gives the same bytes.
  pdf.setCreationDate(verzonden)
  pdf.setModificationDate(verzonden)

  const structuur = createStructuur(pdf)
  let pagina = nieuwePagina(pdf)
  let y = pagina.getHeight() - MARGE
  /** Writes one heading or paragraph (each string on a new line, wrapped, over pages if need be) as one structure element. */
  const schrijf = (tekst: string | readonly string[], opties: { type?: StructuurType; vet?: boolean; grootte?: number } = {}) => {
    const grootte = opties.grootte ?? TEKST
    const font = opties.vet ? letters.vet : letters.gewoon
    const regels = (typeof tekst === 'string' ? [tekst] : tekst).flatMap((deel) =>
      afbreken(letters.schrijfbaar(deel), font, grootte, pagina.getWidth() - 2 * MARGE),
    )
    if (regels.length === 0) return
    const element = structuur.element(opties.type ?? 'P')
    for (const regel of regels) {
      if (y < MARGE + 24) {
        pagina = nieuwePagina(pdf)
        y = pagina.getHeight() - MARGE
      }
      const hier = pagina
      structuur.markeer(hier, element, () => hier.drawText(regel, { x: MARGE, y, size: grootte, font, color: rgb(0, 0, 0) }))
      y -= grootte + 4.5
    }
  }

  schrijf(bericht.afzender, { vet: true, grootte: 18 })
  y -= REGEL
  schrijf(adresblok(bsn))
  y -= REGEL * 2
  schrijf(`Datum: ${langeDatum(bericht.publicatietijdstip)}`)
  schrijf(`Onderwerp: ${bericht.onderwerp}`)
  y -= REGEL
  schrijf(titel, { type: 'H1', vet: true, grootte: 14 })
  y -= REGEL / 2
  for (const alinea of htmlNaarTekst(bericht.inhoud).split('\n')) {
    if (alinea === '') y -= REGEL / 2
    else schrijf(alinea)
  }

  voettekst(pdf, letters, structuur, bericht.afzender)
  structuur.sluit()
  return pdf.save()
}

function nieuwePagina(pdf: PDFDocument): PDFPage {
  return pdf.addPage(PageSizes.A4)
}

function adresblok(bsn: string): string[] {
  const persoon = findTestPerson(bsn)
  if (!persoon) return []
  const { aanschrijfwijze, adresregel1, adresregel2 } = adresseringVan(persoon)
  return [aanschrijfwijze.naam, adresregel1, adresregel2]
}

function voettekst(pdf: PDFDocument, letters: Letters, structuur: Structuur, afzender: string): void {
  const paginas = pdf.getPages()
  paginas.forEach((pagina, index) => {
    const tekst = letters.schrijfbaar(`Testdocument van de mock-Berichtenbox, geen echt document van ${afzender}.  Pagina ${index + 1} van ${paginas.length}`)
    structuur.artefact(pagina, () => pagina.drawText(tekst, { x: MARGE, y: MARGE / 2, size: 7.5, font: letters.gewoon, color: grijs }))
  })
}

/** Word wrap: whole words on a line as long as they fit; a word longer than a line is cut. */
function afbreken(tekst: string, font: PDFFont, grootte: number, breedte: number): string[] {
  const regels: string[] = []
  let regel = ''
  for (const woord of tekst.split(' ')) {
    const kandidaat = regel ? `${regel} ${woord}` : woord
    if (font.widthOfTextAtSize(kandidaat, grootte) <= breedte) {
      regel = kandidaat
      continue
    }
    if (regel) regels.push(regel)
    regel = woord
    while (font.widthOfTextAtSize(regel, grootte) > breedte && regel.length > 1) {
      let deel = regel.length - 1
      while (deel > 1 && font.widthOfTextAtSize(regel.slice(0, deel), grootte) > breedte) deel -= 1
      regels.push(regel.slice(0, deel))
      regel = regel.slice(deel)
    }
  }
  if (regel) regels.push(regel)
  return regels
}

function vervang(teken: string, tekens: ReadonlySet<number>): string {
  const basis = teken.normalize('NFD').replace(/\p{Diacritic}/gu, '')
  return [...basis].every((deel) => tekens.has(deel.codePointAt(0) ?? 0)) && basis !== '' ? basis : '?'
}
