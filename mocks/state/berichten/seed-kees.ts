import * as belasting from './brieven-belastingdienst'
import * as gemeente from './brieven-gemeente'
import * as overig from './brieven-overig'
import * as uitkering from './brieven-uitkeringen'
import type { Sjabloon } from './brief'
import { DAG_MS, isoDatum, plusDagen } from '../dates'
import type { Random } from '../random'
import type { Ontvanger } from './seed'
import type { OpgeslagenBericht } from './types'

export const KEES_AANTAL = 10_000
const PERIODE_DAGEN = 3 * 365

const sjablonen: readonly [Sjabloon, ...Sjabloon[]] = [
  belasting.voorlopigeAanslag, belasting.definitieveAanslag, belasting.aangifteOntvangen, belasting.voorschotZorgtoeslag,
  belasting.betalingsherinnering, uitkering.jaaropgaafUwv, uitkering.inkomstenDoorgeven, uitkering.kinderbijslagBetaling,
  gemeente.gemeentelijkeBelastingen, gemeente.afspraakBevestigd, gemeente.parkeervergunningVerloopt, overig.diplomaGeregistreerd,
  overig.maandbedragStudieschuld, overig.apkHerinnering, overig.verkeersboete, overig.betalingOntvangen,
]

/**
 * Kees Bakker (999990044), the heavy user: 10,000 berichten over three years, built in one pass
 * from the same letter templates, already newest first. His mailbox is only built when someone
 * first asks for it (see postvakken.ts), so a reset stays instant.
 */
export function keesBerichten(ontvanger: Ontvanger, anker: number, rng: Random): OpgeslagenBericht[] {
  const berichten: OpgeslagenBericht[] = []
  for (let index = 0; index < KEES_AANTAL; index += 1) {
    const dagenGeleden = (index * PERIODE_DAGEN) / KEES_AANTAL
    const verzonden = Math.round(anker - dagenGeleden * DAG_MS - rng.int(1, 90) * 60_000)
    const brief = rng.pick(sjablonen)({ ...ontvanger, verzonden, rng })
    const bericht: OpgeslagenBericht = {
      berichtId: rng.uuid(),
      afzender: brief.afzender,
      onderwerp: brief.onderwerp,
      inhoud: brief.inhoud,
      type: brief.type,
      publicatietijdstip: verzonden,
      // Independent of the afzender's term, so that all 10,000 are still there after seeding; about 1% ends soon.
      bewaartermijn: isoDatum(plusDagen(anker, rng.int(3, 2500))),
      map: rng.chance(0.2) ? 'archief' : 'postvak',
      status: rng.chance(dagenGeleden < 30 ? 0.5 : 0.02) ? 'ongelezen' : 'gelezen',
      bijlagen: brief.bijlagen.map((naam) => ({ bijlageId: rng.uuid(), naam })),
    }
    if (brief.actie) bericht.actie = brief.actie
    if (rng.chance(0.005)) {
      bericht.map = 'prullenbak'
      bericht.verplaatstNaarPrullenbakOp = Math.max(verzonden, anker - rng.int(0, 25) * DAG_MS)
    }
    berichten.push(bericht)
  }
  return berichten
}
