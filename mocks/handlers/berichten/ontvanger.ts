import { backend } from '../../state/backend'
import { magazijnIdVoor } from '../../state/berichten/afzenders'
import type { AfzenderBereik, OpgeslagenBericht } from '../../state/berichten/types'
import { authorize, eigenaarVan, type Eis, type Persoonlijk, type Toegang } from '../authorize'
import { notFound } from '../problem'

export interface BerichtenToegang {
  toegang: Toegang
  /** Whose mailbox: the person represented when someone acts on their behalf, else the caller's own. */
  bsn: string
  /** Which afzenders the caller may see there: a machtiging can be limited to some (Pieter: SVB and Belastingdienst). */
  bereik: AfzenderBereik
}

const nietGevonden = () => notFound('Dit bericht bestaat niet (meer).')

function metBereik(toegang: Toegang): BerichtenToegang {
  const organisaties = toegang.namens?.bereik.berichten
  return { toegang, bsn: toegang.bsn, bereik: organisaties === undefined || organisaties === 'alle' ? 'alle' : new Set(organisaties) }
}

/** The Berichtenbox part of authorize(), for lists and counts: the handler filters by `bereik`. */
export async function berichtenToegang(request: Request): Promise<BerichtenToegang | Response> {
  const toegang = await authorize(request, { onderdeel: 'berichten' })
  return toegang instanceof Response ? toegang : metBereik(toegang)
}

/**
 * One bericht, checked against its afzender: someone else's bericht or one from another magazijn is "not found"
 * for the owner, and outside the machtiging (403) for someone acting for them, like one from another afzender.
 */
export async function berichtToegang(
  request: Request,
  berichtId: string,
  /** Also needs what no machtiging covers (moving it to the prullenbak): only the owner. */
  persoonlijk?: Persoonlijk,
): Promise<(BerichtenToegang & { bericht: OpgeslagenBericht }) | Response> {
  const eigenaar = await eigenaarVan(request)
  if (eigenaar instanceof Response) return eigenaar
  const gevonden = backend.berichtenbox.berichten.vind(eigenaar, berichtId, 'alle')
  const magazijnId = new URL(request.url).searchParams.get('magazijnId')
  const bericht = gevonden && (magazijnId === null || magazijnId === magazijnIdVoor(gevonden.afzender)) ? gevonden : undefined
  const eis: Eis = persoonlijk
    ? { onderdeel: 'persoonlijk', wat: persoonlijk }
    : { onderdeel: 'berichten', item: true, ...(bericht ? { organisatie: bericht.afzender } : { onbekend: true }) }
  const toegang = await authorize(request, eis)
  if (toegang instanceof Response) return toegang
  return bericht ? { ...metBereik(toegang), bericht } : nietGevonden()
}

/** "Bericht van de Belastingdienst: Voorlopige aanslag 2027", for "Namens u gedaan". */
export const berichtOmschrijving = (bericht: OpgeslagenBericht) => `Bericht van ${bericht.afzender}: ${bericht.onderwerp}`
