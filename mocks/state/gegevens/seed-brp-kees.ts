import { datum, jaarDatum } from './brp-datum'
import { inNederland, woont } from './brp-tabellen'
import type { BrpRecord } from './brp-types'
import { persoon, testPersoon } from './seed-brp-basis'

/**
 * Kees Bakker moved a lot: thirteen addresses, for a long list that must stay readable at 320 px. His first
 * address comes from the paper persoonskaart from before the GBA, which kept only the year.
 */
export const kees = (): BrpRecord =>
  testPersoon('999990044', {
    geboorte: inNederland('Utrecht'),
    woontHierSinds: datum('2021-02-15'),
    eerder: [
      woont('Lange Jansstraat 19, 3512 BA Utrecht', datum('2017-09-01')),
      woont('Vleutenseweg 210, 3532 HR Utrecht', datum('2014-04-01')),
      woont('Rijnkade 3, 6811 HA Arnhem', datum('2010-06-01')),
      woont('Burgemeester Reigerstraat 50, 3581 KV Utrecht', datum('2006-01-15')),
      woont('Arnhemseweg 120, 3817 CH Amersfoort', datum('2002-10-01')),
      woont('Thorbeckelaan 8, 8017 HC Zwolle', datum('1999-03-01')),
      woont('Prins Hendriklaan 77, 3583 EM Utrecht', datum('1996-05-15')),
      woont('Van Speijkstraat 14 2, 1057 GP Amsterdam', datum('1994-07-01')),
      woont('Oosterstraat 5 B, 9711 NN Groningen', datum('1991-02-01')),
      woont('Nieuwe Boteringestraat 41 A, 9712 PJ Groningen', datum('1989-09-01')),
      woont('Slotlaan 102, 3701 GM Zeist', datum('1978-08-15')),
      woont('Jutfaseweg 14, 3522 HG Utrecht', jaarDatum(1970)),
    ],
    ouders: [
      { ouderAanduiding: '1', ...persoon('Gerrit', 'Bakker', { datum: datum('1941-06-03'), ...inNederland('Utrecht') }) },
      { ouderAanduiding: '2', ...persoon('Wilhelmina', 'Vos', { datum: datum('1944-01-22'), ...inNederland('Zeist') }) },
    ],
  })
