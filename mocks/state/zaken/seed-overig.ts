import type { ZaakRegel } from './seed'
import { meldingOpenbareRuimte, paspoort, schuldhulp, wmoHulp } from './zaaktypen-gemeente'
import { wwUitkering, zorgtoeslag } from './zaaktypen-rijk'

/** Anna (999990032): two zaken at Gemeente Amersfoort (Pieter's machtiging covers them) and one elsewhere (it does not). */
const annaZaken: readonly ZaakRegel[] = [
  {
    zaaktype: wmoHulp,
    statusDagenGeleden: [16, 10],
    taken: [{ soort: 'vraag', omschrijving: 'Kies een dag voor het gesprek', vraag: 'Op welke dagen bent u thuis voor het gesprek met de consulent?', deadlineOverDagen: 7 }],
  },
  { zaaktype: meldingOpenbareRuimte, omschrijving: 'Melding: losse stoeptegels Zonnehof', statusDagenGeleden: [80, 79, 72, 66], resultaat: 'Opgelost' },
  { zaaktype: zorgtoeslag, statusDagenGeleden: [20, 14] },
]

/** Ruud's clients under bewind: a few zaken each. */
const henkZaken: readonly ZaakRegel[] = [
  {
    zaaktype: schuldhulp,
    statusDagenGeleden: [40, 35, 21],
    taken: [{ soort: 'upload', omschrijving: 'Stuur een overzicht van uw schulden', deadlineOverDagen: 14 }],
  },
]
const sanneZaken: readonly ZaakRegel[] = [{ zaaktype: zorgtoeslag, statusDagenGeleden: [25, 18] }]
const mohammedZaken: readonly ZaakRegel[] = [{ zaaktype: wwUitkering, statusDagenGeleden: [400, 390, 380, 370, 100], resultaat: 'Uitkering beëindigd' }]

/** Pieter's own small dossier. */
const pieterZaken: readonly ZaakRegel[] = [{ zaaktype: paspoort, statusDagenGeleden: [300, 299, 292, 290], resultaat: 'Paspoort uitgereikt' }]

export const overigeZaken: Readonly<Record<string, readonly ZaakRegel[]>> = {
  '999990020': pieterZaken,
  '999990032': annaZaken,
  '999990081': henkZaken,
  '999990093': sanneZaken,
  '999990111': mohammedZaken,
}
