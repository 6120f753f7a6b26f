import type { Voertuigen } from '../../../src/features/gegevens/gegevens.schemas'
import { DAG_MS, isoDatum } from '../dates'

type Voertuig = Voertuigen['voertuigen'][number]

/** The APK expiry relative to the last reset, so "expires in 3 weeks" stays true (and moving the clock expires it). */
const apkOver = (anker: number, dagen: number) => isoDatum(anker + dagen * DAG_MS)

/** RDW kentekenregister: vehicles registered in the person's name. Kentekens as on the plate, the same as in the seeded letters. */
export const voertuigenSeed: Readonly<Record<string, (anker: number) => Voertuig[]>> = {
  '999990019': (anker) => [
    {
      kenteken: 'T-472-KV',
      merk: 'TOYOTA',
      handelsbenaming: 'COROLLA TOURING SPORTS',
      voertuigsoort: 'Personenauto',
      kleur: 'GRIJS',
      datumEersteToelating: '2018-05-14',
      datumTenaamstelling: '2021-03-02',
      vervaldatumApk: apkOver(anker, 21),
    },
  ],
  // Kees: one APK expired, one close, one fine.
  '999990044': (anker) => [
    {
      kenteken: 'VH-617-T',
      merk: 'VOLKSWAGEN',
      handelsbenaming: 'TRANSPORTER',
      voertuigsoort: 'Bedrijfsauto',
      kleur: 'WIT',
      datumEersteToelating: '2012-09-20',
      datumTenaamstelling: '2019-11-08',
      vervaldatumApk: apkOver(anker, -12),
    },
    {
      kenteken: 'K-815-BZ',
      merk: 'SKODA',
      handelsbenaming: 'OCTAVIA',
      voertuigsoort: 'Personenauto',
      kleur: 'BLAUW',
      datumEersteToelating: '2016-02-11',
      datumTenaamstelling: '2020-06-30',
      vervaldatumApk: apkOver(anker, 16),
    },
    {
      kenteken: 'MG-33-XL',
      merk: 'YAMAHA',
      handelsbenaming: 'MT-07',
      voertuigsoort: 'Motorfiets',
      kleur: 'ZWART',
      datumEersteToelating: '2022-04-01',
      datumTenaamstelling: '2022-04-01',
      vervaldatumApk: apkOver(anker, 240),
    },
  ],
  '999990020': (anker) => [
    {
      kenteken: 'G-208-RN',
      merk: 'VOLVO',
      handelsbenaming: 'V60',
      voertuigsoort: 'Personenauto',
      kleur: 'ZWART',
      datumEersteToelating: '2017-10-03',
      datumTenaamstelling: '2017-10-03',
      vervaldatumApk: apkOver(anker, 150),
    },
  ],
  '999990111': (anker) => [
    {
      kenteken: 'TJ-661-B',
      merk: 'RENAULT',
      handelsbenaming: 'CLIO',
      voertuigsoort: 'Personenauto',
      kleur: 'ROOD',
      datumEersteToelating: '2014-06-27',
      datumTenaamstelling: '2023-01-19',
      vervaldatumApk: apkOver(anker, 95),
    },
  ],
}
