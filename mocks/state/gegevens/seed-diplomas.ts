import type { Diplomas } from '../../../src/features/gegevens/gegevens.schemas'

type Diploma = Diplomas['diplomas'][number]

/** DUO diplomaregister: diplomas since 1990 of recognised education (older ones are not in it, as in reality). */
export const diplomasSeed: Readonly<Record<string, readonly Diploma[]>> = {
  '999990019': [
    { opleiding: 'Verpleegkunde', niveau: 'hbo-bachelor', onderwijsinstelling: 'Hogeschool Utrecht', datumBehaald: '2010-06-29' },
    { opleiding: 'Doktersassistent', niveau: 'mbo niveau 4', onderwijsinstelling: 'ROC Midden Nederland', datumBehaald: '2006-07-04' },
    { opleiding: 'Vmbo theoretische leerweg', niveau: 'vmbo-tl', onderwijsinstelling: 'Niftarlake College', datumBehaald: '2002-06-18' },
  ],
  '999990044': [{ opleiding: 'Werktuigbouwkunde', niveau: 'hbo-bachelor', onderwijsinstelling: 'Hanzehogeschool Groningen', datumBehaald: '1994-06-24' }],
  '999990093': [
    { opleiding: 'Pedagogiek', niveau: 'hbo-bachelor', onderwijsinstelling: 'Hogeschool Utrecht', datumBehaald: '2013-07-02' },
    { opleiding: 'Havo', niveau: 'havo', onderwijsinstelling: 'Corderius College', datumBehaald: '2008-06-20' },
  ],
  '999990111': [{ opleiding: 'Logistiek medewerker', niveau: 'mbo niveau 2', onderwijsinstelling: 'ROC Midden Nederland', datumBehaald: '2002-06-28' }],
}
