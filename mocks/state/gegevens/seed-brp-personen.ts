import { DAG_MS, isoDatum } from '../dates'
import { datum } from './brp-datum'
import { HUWELIJK, inBuitenland, inNederland, NEDERLANDSE, PARTNERSCHAP, TURKIJE, TURKSE, woont } from './brp-tabellen'
import type { BrpRecord } from './brp-types'
import { persoon, testPersoon } from './seed-brp-basis'

const getrouwd = (op: string, plaats: string) => ({ soortVerbintenis: HUWELIJK, aangaan: { datum: datum(op), ...inNederland(plaats) } })

/** The other test persons: modest, plausible records. */
export function anderePersonen(anker: number): BrpRecord[] {
  return [
    testPersoon('999990020', {
      geboorte: inNederland('Amersfoort'),
      woontHierSinds: datum('1998-05-01'),
      eerder: [woont('Bisschopsweg 75, 3817 BR Amersfoort', datum('1961-09-03'))],
      partners: [{ ...persoon('Marieke', 'Kok', { datum: datum('1963-02-14'), ...inNederland('Amersfoort') }), ...getrouwd('1988-06-03', 'Amersfoort') }],
      ouders: [
        { burgerservicenummer: '999990032', ouderAanduiding: '1' },
        { ouderAanduiding: '2', ...persoon('Johannes', 'Vries', { datum: datum('1938-05-02'), ...inNederland('Amersfoort') }, 'de') },
      ],
    }),
    testPersoon('999990032', {
      geboorte: inNederland('Amersfoort'),
      woontHierSinds: datum('2019-04-01'),
      eerder: [woont('Bisschopsweg 75, 3817 BR Amersfoort', datum('1960-05-20')), woont('Kamp 40, 3811 AR Amersfoort', datum('1942-02-17'))],
      kinderen: [{ burgerservicenummer: '999990020' }],
      ouders: [
        { ouderAanduiding: '1', ...persoon('Hendrik', 'Bakker', { datum: datum('1911-10-08'), ...inNederland('Amersfoort') }) },
        { ouderAanduiding: '2', ...persoon('Johanna', 'Smit', { datum: datum('1915-03-30'), ...inNederland('Amersfoort') }) },
      ],
    }),
    // Noor is new: she moved out of her parents' home two months before the last reset.
    testPersoon('999990056', {
      geboorte: inNederland('Utrecht'),
      woontHierSinds: datum(isoDatum(anker - 61 * DAG_MS)),
      eerder: [woont('Molenzoom 4, 3994 AJ Houten', datum('2008-06-21'))],
      ouders: [
        { ouderAanduiding: '1', ...persoon('Laura', 'Visser', { datum: datum('1979-08-11'), ...inNederland('Utrecht') }) },
        { ouderAanduiding: '2', ...persoon('Bram', 'Visser', { datum: datum('1977-12-04'), ...inNederland('Houten') }) },
      ],
    }),
    testPersoon('999990068', {
      geboorte: inNederland('Amersfoort'),
      woontHierSinds: datum('2012-11-01'),
      eerder: [woont('Hooglandseweg-Noord 22, 3813 VA Amersfoort', datum('2003-05-01'))],
      partners: [{ ...persoon('Linda', 'Hoekstra', { datum: datum('1977-04-19'), ...inNederland('Zwolle') }), ...getrouwd('2003-04-12', 'Amersfoort') }],
    }),
    testPersoon('999990081', { geboorte: inNederland('Amersfoort'), woontHierSinds: datum('2001-01-10') }),
    testPersoon('999990093', {
      geboorte: inNederland('Utrecht'),
      woontHierSinds: datum('2018-07-01'),
      eerder: [woont('Biltstraat 12, 3572 AC Utrecht', datum('2009-09-01'))],
      partners: [
        {
          ...persoon('Daan', 'Verbeek', { datum: datum('1989-01-27'), ...inNederland('Amersfoort') }),
          soortVerbintenis: PARTNERSCHAP,
          aangaan: { datum: datum('2019-05-17'), ...inNederland('Amersfoort') },
        },
      ],
    }),
    testPersoon('999990111', {
      geboorte: inBuitenland('Kayseri', TURKIJE),
      nationaliteiten: [TURKSE, NEDERLANDSE],
      woontHierSinds: datum('2016-03-01'),
      eerder: [woont('Marco Pololaan 100, 3526 GJ Utrecht', datum('1990-08-01'))],
      partners: [{ ...persoon('Elif', 'Demir', { datum: datum('1986-10-05'), ...inBuitenland('Ankara', TURKIJE) }), ...getrouwd('2009-08-22', 'Utrecht') }],
    }),
  ]
}
