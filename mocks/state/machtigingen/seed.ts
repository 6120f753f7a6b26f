import { isoDatum, plusDagen, plusMaanden } from '../dates'
import type { OpgeslagenMachtiging } from './types'

export const GRONDSLAG_MACHTIGING = 'Machtiging via DigiD Machtigen'
export const GRONDSLAG_BEWIND = 'Burgerlijk Wetboek Boek 1, artikel 431 (beschermingsbewind)'

const PIETER = '999990020'
const ANNA = '999990032'
const RUUD = '999990068'
const CLIENTEN = ['999990081', '999990093', '999990111'] as const

/**
 * DESIGN.md §5: Anna's machtiging to Pieter (post of SVB and Belastingdienst, zaken at the gemeente), an
 * earlier one that ran out, and Ruud's bewind over three clients (post and zaken of all, income data).
 */
export function seedMachtigingen(nu: number): OpgeslagenMachtiging[] {
  const dag = (dagen: number) => isoDatum(plusDagen(nu, dagen))
  const aangemaakt = plusMaanden(nu, -8)
  return [
    {
      id: '5b0f8a8e-3c8d-4e5a-9a51-2f3c6d7e8a01',
      soort: 'machtiging',
      volmachtgever: ANNA,
      gemachtigde: PIETER,
      grondslag: GRONDSLAG_MACHTIGING,
      bereik: { berichten: ['SVB', 'Belastingdienst'], zaken: ['Gemeente Amersfoort'] },
      geldigVanaf: isoDatum(aangemaakt),
      geldigTot: isoDatum(plusMaanden(nu, 10)),
      aangemaaktOp: aangemaakt,
      geaccepteerdOp: plusDagen(aangemaakt, 1),
    },
    {
      id: '5b0f8a8e-3c8d-4e5a-9a51-2f3c6d7e8a02',
      soort: 'machtiging',
      volmachtgever: ANNA,
      gemachtigde: PIETER,
      grondslag: GRONDSLAG_MACHTIGING,
      bereik: { berichten: ['Belastingdienst'] },
      geldigVanaf: dag(-800),
      geldigTot: dag(-250),
      aangemaaktOp: plusDagen(nu, -800),
      geaccepteerdOp: plusDagen(nu, -799),
    },
    ...CLIENTEN.map((client, index): OpgeslagenMachtiging => ({
      id: `5b0f8a8e-3c8d-4e5a-9a51-2f3c6d7e8b0${index + 1}`,
      soort: 'bewind',
      volmachtgever: client,
      gemachtigde: RUUD,
      grondslag: GRONDSLAG_BEWIND,
      bereik: { berichten: 'alle', zaken: 'alle', gegevens: ['inkomens'] },
      geldigVanaf: dag(-400 - index * 90),
      geldigTot: dag(1000 + index * 100),
      aangemaaktOp: plusDagen(nu, -400 - index * 90),
      geaccepteerdOp: plusDagen(nu, -400 - index * 90),
    })),
  ]
}
