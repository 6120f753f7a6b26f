import * as v from 'valibot'
import { GEGEVENS_ONDERDELEN, MAX_GELDIG_JAREN } from '../../../src/features/machtigingen/machtigingen.schemas'
import { afzenders } from '../../state/berichten/afzenders'
import { isValidBsn } from '../../state/persons'
import { zaakOrganisaties } from '../../state/zaken/organisaties'

export const BERICHTEN_ORGANISATIES: readonly string[] = afzenders.map((afzender) => afzender.naam)
export const ZAKEN_ORGANISATIES = zaakOrganisaties

/** The parts of Gegevens a person can give a machtiging for, with the words the form shows. */
export const GEGEVENS_KEUZES = [
  { onderdeel: 'inkomens', naam: 'Inkomen (Belastingdienst)' },
  { onderdeel: 'voertuigen', naam: 'Voertuigen (RDW)' },
  { onderdeel: 'onroerende-zaken', naam: 'Huizen en grond (Kadaster)' },
  { onderdeel: 'diplomas', naam: "Diploma's (DUO)" },
] as const satisfies readonly { onderdeel: (typeof GEGEVENS_ONDERDELEN)[number]; naam: string }[]

const organisaties = (bekend: readonly string[]) =>
  v.optional(
    v.pipe(
      v.array(v.picklist(bekend, 'Deze organisatie kennen wij niet.')),
      v.minLength(1, 'Kies minstens één organisatie, of laat de lijst weg voor alle organisaties.'),
      v.check((gekozen) => new Set(gekozen).size === gekozen.length, 'Noem elke organisatie één keer.'),
    ),
  )

const Dienst = v.variant(
  'dienst',
  [
    v.object({ dienst: v.literal('berichten'), organisaties: organisaties(BERICHTEN_ORGANISATIES) }),
    v.object({ dienst: v.literal('zaken'), organisaties: organisaties(ZAKEN_ORGANISATIES) }),
    v.object({
      dienst: v.literal('gegevens'),
      onderdelen: v.pipe(
        v.array(v.picklist(GEGEVENS_KEUZES.map(({ onderdeel }) => onderdeel), 'Dit deel van uw gegevens kan niet.')),
        v.minLength(1, 'Kies minstens één soort gegevens.'),
        v.check((gekozen) => new Set(gekozen).size === gekozen.length, 'Noem elk soort gegevens één keer.'),
      ),
    }),
  ],
  'Kies berichten, zaken of gegevens.',
)

/** 2027-02-30 fits the pattern, but is no day of the calendar. */
export const bestaat = (iso: string) => new Date(`${iso}T12:00:00Z`).toISOString().startsWith(iso)

/** Years ahead in yyyy-mm-dd, as the calendar has it (29 February becomes 28 February). */
export function jarenVerder(iso: string, jaren: number): string {
  const [jaar, maand, dag] = iso.split('-').map(Number) as [number, number, number]
  const datum = new Date(Date.UTC(jaar + jaren, maand - 1, dag))
  if (datum.getUTCDate() !== dag) datum.setUTCDate(0)
  return datum.toISOString().slice(0, 10)
}

/** POST /machtigingen: checked against the person and today (the mock clock). */
export function nieuweMachtigingSchema(volmachtgever: string, vandaag: string, bekend: (bsn: string) => boolean) {
  const uiterlijk = jarenVerder(vandaag, MAX_GELDIG_JAREN)
  return v.object({
    gemachtigde: v.object(
      {
        // One reason per field, the first that applies.
        burgerservicenummer: v.config(v.pipe(
          v.string('Vul het burgerservicenummer in.'),
          v.trim(),
          v.regex(/^\d{9}$/, 'Een burgerservicenummer heeft 9 cijfers.'),
          v.check(isValidBsn, 'Dit is geen geldig burgerservicenummer. Controleer de cijfers.'),
          v.check((bsn) => bsn !== volmachtgever, 'U kunt uzelf geen machtiging geven.'),
          v.check(bekend, 'Wij vinden niemand met dit burgerservicenummer.'),
        ), { abortPipeEarly: true }),
      },
      'Geef aan wie u machtigt.',
    ),
    diensten: v.pipe(
      v.array(Dienst, 'Geef aan waarvoor de machtiging is.'),
      v.minLength(1, 'Kies minstens één dienst.'),
      v.check((diensten) => new Set(diensten.map(({ dienst }) => dienst)).size === diensten.length, 'Noem elke dienst één keer.'),
    ),
    geldigTot: v.config(v.pipe(
      v.string('Vul de datum in tot wanneer de machtiging geldt.'),
      v.isoDate('Vul een datum in, zoals 2027-03-31.'),
      v.check(bestaat, 'Deze datum bestaat niet. Kies een datum die in de kalender staat.'),
      v.check((datum) => datum >= vandaag, 'Deze datum is al voorbij. Kies vandaag of een datum later.'),
      v.check((datum) => datum <= uiterlijk, `Een machtiging geldt hoogstens ${MAX_GELDIG_JAREN} jaar. Kies een datum tot en met ${uiterlijk}.`),
    ), { abortPipeEarly: true }),
  })
}

export const StatusWijziging = v.object(
  { status: v.picklist(['actief', 'geweigerd', 'ingetrokken'], 'Kies status actief (accepteren), geweigerd of ingetrokken.') },
  'Stuur een object met status.',
)
