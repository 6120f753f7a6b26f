import { BESTAND_VELD, BESTANDSTYPEN, MAX_BESTAND_BYTES, type Bestandstype } from '../../../src/features/zaken/zaken.schemas'
import type { NieuwDocument } from '../../state/zaken/zaken-store'
import { badRequest, problem } from '../problem'
import type { Gevalideerd } from '../validatie'

/** Room for the multipart boundaries and headers around the file itself. */
export const MULTIPART_RUIMTE_BYTES = 64 * 1024

/** What a file starts with, whatever its name says (a renamed .exe starts with "MZ" and is none of these). */
const HANDTEKENINGEN: readonly { formaat: Bestandstype; begin: readonly number[] }[] = [
  { formaat: 'application/pdf', begin: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { formaat: 'image/png', begin: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { formaat: 'image/jpeg', begin: [0xff, 0xd8, 0xff] },
]

export function herkenFormaat(bytes: Uint8Array): Bestandstype | undefined {
  return HANDTEKENINGEN.find(({ begin }) => begin.every((byte, index) => bytes[index] === byte))?.formaat
}

/** The 413 of an upload, the same from the handler and from the server's body reader (mocks/http/upload-body.ts). */
export const BESTAND_TE_GROOT = {
  title: 'Bestand te groot',
  detail: `Het bestand is te groot. Stuur een bestand van hoogstens ${MAX_BESTAND_BYTES / 1_000_000} MB.`,
  extra: { code: 'bestand-te-groot', maxBytes: MAX_BESTAND_BYTES },
} as const
const teGroot = () => problem(413, BESTAND_TE_GROOT.title, BESTAND_TE_GROOT.detail, BESTAND_TE_GROOT.extra)
const verkeerdType = (detail: string) => problem(415, 'Verkeerd soort bestand', detail, { code: 'bestandstype', toegestaan: Object.keys(BESTANDSTYPEN) })
const geenBestand = (reason: string) => badRequest('Stuur één bestand mee.', [{ name: BESTAND_VELD, code: 'required', reason }])

/**
 * The one file of an upload: multipart/form-data with the file in the field `bestand`. At most MAX_BESTAND_BYTES
 * (413), and a PDF, JPG or PNG by its content, with a name that fits that content (415 otherwise).
 */
export async function leesBestand(request: Request): Promise<Gevalideerd<NieuwDocument>> {
  if (!/^multipart\/form-data\s*;/i.test(request.headers.get('content-type') ?? '')) {
    return { ok: false, antwoord: problem(415, 'Verkeerd mediatype', `Stuur het bestand als multipart/form-data, in het veld "${BESTAND_VELD}".`) }
  }
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BESTAND_BYTES + MULTIPART_RUIMTE_BYTES) return { ok: false, antwoord: teGroot() }
  let bestand: FormDataEntryValue | null
  try {
    bestand = (await request.formData()).get(BESTAND_VELD)
  } catch {
    return { ok: false, antwoord: geenBestand('Het bestand kwam niet goed aan. Probeer het opnieuw.') }
  }
  if (!(bestand instanceof File)) return { ok: false, antwoord: geenBestand(`Stuur het bestand in het veld "${BESTAND_VELD}".`) }
  if (bestand.size > MAX_BESTAND_BYTES) return { ok: false, antwoord: teGroot() }
  if (bestand.size === 0) return { ok: false, antwoord: geenBestand('Het bestand is leeg.') }

  const bytes = new Uint8Array(await bestand.arrayBuffer())
  const formaat = herkenFormaat(bytes)
  if (!formaat) return { ok: false, antwoord: verkeerdType('U kunt alleen een PDF, JPG of PNG sturen. Dit bestand is iets anders, ook al heeft het misschien zo’n naam.') }
  const naam = veiligeNaam(bestand.name)
  const extensie = /\.[^.]+$/.exec(naam)?.[0]?.toLowerCase()
  const passend: readonly string[] = BESTANDSTYPEN[formaat]
  if (extensie !== undefined && !passend.includes(extensie)) {
    return { ok: false, antwoord: verkeerdType(`De naam van het bestand past niet bij wat erin staat. Dit is een ${passend[0]?.slice(1).toUpperCase() ?? ''}-bestand.`) }
  }
  const bestandsnaam = extensie === undefined ? `${naam}${passend[0] ?? ''}` : naam
  return { ok: true, waarde: { titel: bestandsnaam.replace(/\.[^.]+$/, ''), bestandsnaam, formaat, bytes } }
}

/** Only the name (no folders), no control characters, not too long: it goes into headers and the history. */
function veiligeNaam(naam: string): string {
  const kaal = (naam.split(/[\\/]/).at(-1) ?? '')
    .replace(/[\p{Cc}"]/gu, '')
    .trim()
    .slice(-120)
  return kaal === '' || kaal.startsWith('.') ? `bestand${kaal}` : kaal
}
