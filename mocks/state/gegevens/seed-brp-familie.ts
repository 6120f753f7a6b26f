import { DAG_MS, isoDatum, plusMaanden } from '../dates'
import { datum, datumOnbekend, jaarDatum, jaarMaandDatum } from './brp-datum'
import { HUWELIJK, inBuitenland, inNederland, MAN, MAROKKAANSE, MAROKKO, NEDERLANDSE, VROUW, woont } from './brp-tabellen'
import type { BrpRecord } from './brp-types'
import { persoon, testPersoon } from './seed-brp-basis'

const FATIMA = '999990019'
const YOUSSEF = '999990123'
const SARA = '999990135'
const YUSUF = '999990147'

const OUDEGRACHT = (sinds: string) => woont('Oudegracht 128, 3511 AX Utrecht', datum(sinds))
const KANAALSTRAAT = (sinds: string) => woont('Kanaalstraat 56 A, 3531 CK Utrecht', datum(sinds))
const HUIS_GEKOCHT = '2015-03-01'
const huwelijk = { soortVerbintenis: HUWELIJK, aangaan: { datum: datum('2005-07-15'), ...inNederland('Utrecht') } }

/**
 * Fatima's family (DESIGN.md §5). Yusuf is 12 by the mock clock at the last reset, so his birth date moves
 * with it; and his geslachtsnaam is registered wrong ("El Amarni"): the MFO issue corrects it.
 */
export function fatimasFamilie(anker: number): BrpRecord[] {
  const yusufGeboren = isoDatum(plusMaanden(anker, -12 * 12) - 140 * DAG_MS)
  const yusufBewoning: BrpRecord['bewoning'] =
    yusufGeboren < HUIS_GEKOCHT ? [OUDEGRACHT(HUIS_GEKOCHT), KANAALSTRAAT(yusufGeboren)] : [OUDEGRACHT(yusufGeboren)]
  const ouders = [
    { burgerservicenummer: FATIMA, ouderAanduiding: '1' as const },
    { burgerservicenummer: YOUSSEF, ouderAanduiding: '2' as const },
  ]
  const fatima = testPersoon(FATIMA, {
    geboorte: inNederland('Utrecht'),
    nationaliteiten: [NEDERLANDSE, MAROKKAANSE],
    woontHierSinds: datum(HUIS_GEKOCHT),
    eerder: [KANAALSTRAAT('2005-08-01'), woont('Marnixlaan 12, 3552 HB Utrecht', datum('1986-04-12'))],
    partners: [{ burgerservicenummer: YOUSSEF, ...huwelijk }],
    kinderen: [{ burgerservicenummer: SARA }, { burgerservicenummer: YUSUF }],
    // Born in Morocco: of one parent the BRP knows only the year of birth, of the other nothing.
    ouders: [
      { ouderAanduiding: '1', ...persoon('Mohamed', 'El Amrani', { datum: jaarDatum(1958), ...inBuitenland('Nador', MAROKKO) }) },
      { ouderAanduiding: '2', ...persoon('Khadija', 'Bouzid', { datum: datumOnbekend(), land: MAROKKO }) },
    ],
  })
  const youssef: BrpRecord = {
    burgerservicenummer: YOUSSEF,
    naam: { voornamen: 'Youssef', geslachtsnaam: 'El Amrani' },
    geslacht: MAN,
    geboorte: { datum: datum('1983-11-02'), ...inBuitenland('Nador', MAROKKO) },
    nationaliteiten: [MAROKKAANSE, NEDERLANDSE],
    bewoning: [OUDEGRACHT(HUIS_GEKOCHT), KANAALSTRAAT('2005-08-01'), woont('Goudsesingel 72, 3011 KD Rotterdam', datum('2002-09-16'))],
    partners: [{ burgerservicenummer: FATIMA, ...huwelijk }],
    kinderen: [{ burgerservicenummer: SARA }, { burgerservicenummer: YUSUF }],
    ouders: [
      { ouderAanduiding: '1', ...persoon('Abdelkader', 'El Amrani', { datum: datum('1955-03-10'), ...inBuitenland('Nador', MAROKKO) }) },
      { ouderAanduiding: '2', ...persoon('Fatna', 'Azzouzi', { datum: jaarMaandDatum(1960, 5), ...inBuitenland('Al Hoceima', MAROKKO) }) },
    ],
  }
  const sara: BrpRecord = {
    burgerservicenummer: SARA,
    naam: { voornamen: 'Sara', geslachtsnaam: 'El Amrani' },
    geslacht: VROUW,
    geboorte: { datum: datum('2006-09-14'), ...inNederland('Utrecht') },
    nationaliteiten: [NEDERLANDSE, MAROKKAANSE],
    bewoning: [woont('Oosterstraat 20 B, 9711 NV Groningen', datum('2024-09-01')), OUDEGRACHT(HUIS_GEKOCHT), KANAALSTRAAT('2006-09-14')],
    ouders,
  }
  const yusuf: BrpRecord = {
    burgerservicenummer: YUSUF,
    naam: { voornamen: 'Yusuf', geslachtsnaam: 'El Amarni' },
    geslacht: MAN,
    geboorte: { datum: datum(yusufGeboren), ...inNederland('Utrecht') },
    nationaliteiten: [NEDERLANDSE, MAROKKAANSE],
    bewoning: yusufBewoning,
    ouders,
    gezag: { type: 'GezamenlijkOuderlijkGezag', dragers: [FATIMA, YOUSSEF] },
  }
  return [fatima, youssef, sara, yusuf]
}
