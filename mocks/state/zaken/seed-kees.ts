import type { Random } from '../random'
import type { ZaakRegel } from './seed'
import { meldingOpenbareRuimte, paspoort, parkeervergunning, wmoHulp } from './zaaktypen-gemeente'
import { bezwaarAanslag, studiefinanciering, wwUitkering, zorgtoeslag } from './zaaktypen-rijk'

export const KEES_AANTAL_ZAKEN = 200
const ZAAKTYPEN = [parkeervergunning, paspoort, wmoHulp, meldingOpenbareRuimte, wwUitkering, bezwaarAanslag, zorgtoeslag, studiefinanciering] as const

/** Kees Bakker (999990044): 200 zaken over 4 years, generated from one seed, so the same after every reset. */
export function keesZaken(rng: Random): ZaakRegel[] {
  return Array.from({ length: KEES_AANTAL_ZAKEN }, () => {
    const zaaktype = rng.pick(ZAAKTYPEN)
    const dagen = [rng.int(1, 1400)]
    const stappen = rng.int(1, zaaktype.stappen.length)
    for (let stap = 1; stap < stappen; stap += 1) {
      const vorige = dagen[stap - 1] ?? 0
      if (vorige <= 1) break
      dagen.push(Math.max(0, vorige - rng.int(1, 20)))
    }
    const open = dagen.length < zaaktype.stappen.length
    return {
      zaaktype,
      statusDagenGeleden: dagen,
      ...(open && rng.chance(0.15) ? { taken: [{ soort: 'upload', omschrijving: 'Stuur een kopie van uw identiteitsbewijs', deadlineOverDagen: rng.int(3, 20) }] } : {}),
    }
  })
}
