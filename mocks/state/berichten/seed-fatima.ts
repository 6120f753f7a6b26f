import * as belasting from './brieven-belastingdienst'
import * as gemeente from './brieven-gemeente'
import * as overig from './brieven-overig'
import * as uitkering from './brieven-uitkeringen'
import type { SeedRegel } from './seed'

/**
 * Fatima El Amrani (999990019), the citizen with everything (DESIGN.md §5): 40 berichten from 7
 * organisations. 7 unread, 18 with a PDF, open actions with deadlines, 4 near the end of their
 * retention, "aanslag" in subjects and in one body only, and some in Archief and Prullenbak.
 */
export const fatimaRegels: readonly SeedRegel[] = [
  { sjabloon: belasting.voorlopigeAanslag, dagenGeleden: 0, ongelezen: true },
  { sjabloon: uitkering.informatieWw, dagenGeleden: 1, ongelezen: true },
  { sjabloon: overig.verkeersboete, dagenGeleden: 3, ongelezen: true },
  { sjabloon: uitkering.kinderbijslagBetaling, dagenGeleden: 5, ongelezen: true },
  { sjabloon: gemeente.gemeentelijkeBelastingen, dagenGeleden: 8, ongelezen: true },
  { sjabloon: overig.apkHerinnering, dagenGeleden: 12, ongelezen: true },
  { sjabloon: belasting.aangifteOntvangen, dagenGeleden: 15 },
  { sjabloon: uitkering.gezinControleren, dagenGeleden: 20, ongelezen: true },
  { sjabloon: belasting.voorschotZorgtoeslag, dagenGeleden: 26 },
  { sjabloon: gemeente.paspoortKlaar, dagenGeleden: 33 },
  { sjabloon: uitkering.inkomstenDoorgeven, dagenGeleden: 41 },
  { sjabloon: overig.maandbedragStudieschuld, dagenGeleden: 48 },
  { sjabloon: belasting.betalingsherinnering, dagenGeleden: 55 },
  { sjabloon: uitkering.jaaropgaafUwv, dagenGeleden: 63 },
  { sjabloon: uitkering.kinderbijslagBetaling, dagenGeleden: 70 },
  { sjabloon: belasting.definitieveAanslag, dagenGeleden: 84 },
  { sjabloon: uitkering.toekenningWw, dagenGeleden: 97 },
  { sjabloon: gemeente.afspraakBevestigd, dagenGeleden: 110 },
  { sjabloon: overig.diplomaGeregistreerd, dagenGeleden: 126 },
  { sjabloon: belasting.inkomenHuurtoeslag, dagenGeleden: 140 },
  { sjabloon: uitkering.kinderbijslagBetaling, dagenGeleden: 161 },
  { sjabloon: overig.aanmaning, dagenGeleden: 190 },
  { sjabloon: gemeente.parkeervergunningVerloopt, dagenGeleden: 215 },
  { sjabloon: uitkering.jaaroverzichtKinderbijslag, dagenGeleden: 240 },
  { sjabloon: gemeente.verhuizingVerwerkt, dagenGeleden: 290 },
  { sjabloon: overig.achterstandStudieschuld, dagenGeleden: 330 },
  { sjabloon: belasting.voorlopigeAanslag, dagenGeleden: 365 },
  // Near the end of their retention: the app warns and offers a download.
  { sjabloon: overig.betalingOntvangen, dagenGeleden: 420, bewaarDagen: 6 },
  { sjabloon: overig.tenaamstelling, dagenGeleden: 480, bewaarDagen: 14 },
  { sjabloon: uitkering.jaaroverzichtKinderbijslag, dagenGeleden: 700, bewaarDagen: 17 },
  { sjabloon: belasting.definitieveAanslag, dagenGeleden: 1000, bewaarDagen: 27 },
  // Archief
  { sjabloon: overig.betalingOntvangen, dagenGeleden: 60, map: 'archief' },
  { sjabloon: belasting.voorschotZorgtoeslag, dagenGeleden: 390, map: 'archief' },
  { sjabloon: belasting.definitieveAanslag, dagenGeleden: 450, map: 'archief' },
  { sjabloon: uitkering.jaaropgaafUwv, dagenGeleden: 400, map: 'archief' },
  { sjabloon: overig.verkeersboete, dagenGeleden: 500, map: 'archief' },
  { sjabloon: uitkering.jaaroverzichtKinderbijslag, dagenGeleden: 520, map: 'archief' },
  { sjabloon: overig.maandbedragStudieschuld, dagenGeleden: 600, map: 'archief' },
  // Prullenbak: one leaves the trash for good in 3 days.
  { sjabloon: belasting.aangifteHerinnering, dagenGeleden: 300, prullenbakDagenGeleden: 4 },
  { sjabloon: gemeente.afspraakBevestigd, dagenGeleden: 130, prullenbakDagenGeleden: 27 },
]
