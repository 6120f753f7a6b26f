import * as belasting from './brieven-belastingdienst'
import * as gemeente from './brieven-gemeente'
import * as overig from './brieven-overig'
import * as uitkering from './brieven-uitkeringen'
import type { SeedRegel } from './seed'

/** The other test persons with a small mailbox (DESIGN.md §5). Noor (999990056) has none on purpose. */
export const kleineSeeds: Readonly<Record<string, readonly SeedRegel[]>> = {
  // Pieter de Vries: his own small dossier.
  '999990020': [
    { sjabloon: gemeente.gemeentelijkeBelastingen, dagenGeleden: 6, ongelezen: true },
    { sjabloon: belasting.definitieveAanslag, dagenGeleden: 30 },
    { sjabloon: overig.apkHerinnering, dagenGeleden: 45 },
    { sjabloon: uitkering.jaaropgaafUwv, dagenGeleden: 80, map: 'archief' },
  ],
  // Anna de Vries-Bakker: SVB and Belastingdienst (what Pieter's machtiging covers) and her gemeente (what it does not).
  '999990032': [
    { sjabloon: uitkering.aowBetaling, dagenGeleden: 2, ongelezen: true },
    { sjabloon: belasting.voorlopigeAanslag, dagenGeleden: 10, ongelezen: true },
    { sjabloon: gemeente.gemeentelijkeBelastingen, dagenGeleden: 25, ongelezen: true },
    { sjabloon: uitkering.aowBetaling, dagenGeleden: 32 },
    { sjabloon: belasting.voorschotZorgtoeslag, dagenGeleden: 40 },
    { sjabloon: gemeente.besluitWmo, dagenGeleden: 50 },
    { sjabloon: uitkering.aowBetaling, dagenGeleden: 62 },
    { sjabloon: uitkering.jaaropgaafAow, dagenGeleden: 70 },
    { sjabloon: belasting.definitieveAanslag, dagenGeleden: 120, map: 'archief' },
    { sjabloon: uitkering.vakantiegeldAow, dagenGeleden: 190, map: 'archief' },
  ],
  // Ruud Smit, bewindvoerder, and his three clients.
  '999990068': [
    { sjabloon: belasting.aangifteOntvangen, dagenGeleden: 9 },
    { sjabloon: gemeente.gemeentelijkeBelastingen, dagenGeleden: 35 },
  ],
  '999990081': [
    { sjabloon: uitkering.aowBetaling, dagenGeleden: 4, ongelezen: true },
    { sjabloon: gemeente.besluitWmo, dagenGeleden: 20 },
    { sjabloon: belasting.betalingsherinnering, dagenGeleden: 35, ongelezen: true },
  ],
  '999990093': [
    { sjabloon: uitkering.informatieWw, dagenGeleden: 2, ongelezen: true },
    { sjabloon: overig.achterstandStudieschuld, dagenGeleden: 15 },
    { sjabloon: overig.aanmaning, dagenGeleden: 28, ongelezen: true },
  ],
  '999990111': [
    { sjabloon: uitkering.toekenningWw, dagenGeleden: 3, ongelezen: true },
    { sjabloon: belasting.inkomenHuurtoeslag, dagenGeleden: 12 },
    { sjabloon: gemeente.gemeentelijkeBelastingen, dagenGeleden: 40 },
  ],
}
