import type { Inkomens } from '../../../src/features/gegevens/gegevens.schemas'
import { jaarVan } from '../dates'

type Inkomen = Inkomens['inkomens'][number]

/**
 * Belastingdienst: the verzamelinkomen of the last belastingjaren, newest first (the values given oldest first).
 * The last year is not final yet: its aanslag is still voorlopig.
 */
function perJaar(anker: number, bedragen: readonly number[]): Inkomen[] {
  const laatste = jaarVan(anker) - 1
  return bedragen
    .map((verzamelinkomen, index) => {
      const belastingjaar = laatste - (bedragen.length - 1 - index)
      return { belastingjaar, verzamelinkomen, definitief: belastingjaar < laatste }
    })
    .reverse()
}

export const inkomensSeed: Readonly<Record<string, (anker: number) => Inkomen[]>> = {
  '999990019': (anker) => perJaar(anker, [38_412, 39_870, 41_255, 43_104]),
  '999990020': (anker) => perJaar(anker, [68_950, 70_310, 71_882]),
  // Anna: AOW and a small pension.
  '999990032': (anker) => perJaar(anker, [23_640, 24_415, 25_198]),
  '999990044': (anker) => perJaar(anker, [59_220, 61_034, 62_470]),
  '999990068': (anker) => perJaar(anker, [54_300, 56_120, 57_940]),
  // Ruud's clients under bewind.
  '999990081': (anker) => perJaar(anker, [21_310, 21_964, 22_480]),
  '999990093': (anker) => perJaar(anker, [27_850, 19_420, 18_905]),
  '999990111': (anker) => perJaar(anker, [25_600, 26_115, 26_730]),
}
