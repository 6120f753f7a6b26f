import type { FeatureMessages } from '@/shared/feature'

/** What a machtiging covers, in words: shared by the banner (every page) and the Machtigingen pages. */
export const dienstenMessages: FeatureMessages = {
  nl: {
    namensDiensten: {
      berichten: 'Berichtenbox: post van {organisaties}',
      berichtenAlle: 'Berichtenbox: post van alle organisaties',
      zaken: 'Lopende zaken: bij {organisaties}',
      zakenAlle: 'Lopende zaken: bij alle organisaties',
      gegevens: 'Gegevens: {onderdelen}',
      onderdelen: {
        brp: 'persoonsgegevens (BRP)',
        voertuigen: 'voertuigen',
        'onroerende-zaken': 'huizen en grond',
        diplomas: "diploma's",
        inkomens: 'inkomen',
        gebruik: 'wie gegevens gebruikte',
        toestemmingen: 'toestemmingen',
      },
    },
  },
  en: {
    namensDiensten: {
      berichten: 'Message box: post from {organisaties}',
      berichtenAlle: 'Message box: post from all organisations',
      zaken: 'Ongoing cases: at {organisaties}',
      zakenAlle: 'Ongoing cases: at all organisations',
      gegevens: 'Personal data: {onderdelen}',
      onderdelen: {
        brp: 'personal records (BRP)',
        voertuigen: 'vehicles',
        'onroerende-zaken': 'houses and land',
        diplomas: 'diplomas',
        inkomens: 'income',
        gebruik: 'who used your data',
        toestemmingen: 'consents',
      },
    },
  },
}
