import { leegConcept, type CorrectieConcept, type GekozenGegeven } from './correctie-concept'
import type { Correctieverzoek } from './mfo.schemas'

/** Yusuf's surname as the seed has it wrong (DESIGN.md §5), as the Meldpunt lists it. */
export const achternaamYusuf: GekozenGegeven = {
  id: 'brp.999990147.geslachtsnaam',
  registratie: 'brp',
  onderwerp: 'Yusuf El Amarni (uw kind)',
  burgerservicenummer: '999990147',
  gegeven: 'geslachtsnaam',
  label: 'Achternaam',
  waarde: 'El Amarni',
  registratieNaam: 'Basisregistratie Personen (BRP)',
  bronhouder: 'Gemeente Utrecht',
}

/** A draft with every step answered, as Fatima fills it in. */
export function ingevuldConcept(wijziging: Partial<CorrectieConcept> = {}): CorrectieConcept {
  return {
    ...leegConcept(achternaamYusuf),
    gewensteWaarde: 'El Amrani',
    toelichting: 'Op de geboorteakte staat El Amrani, net als bij mij.',
    contactGehad: 'ja',
    contactDatum: { day: '2', month: '11', year: '2026' },
    contactAntwoord: 'De gemeente zei dat ik het bij het Meldpunt moet melden.',
    gevolgen: 'Ik kan geen paspoort aanvragen voor Yusuf.',
    opschorten: 'ja',
    kanaal: 'email',
    email: 'fatima@example.nl',
    ...wijziging,
  }
}

/** A request just sent, as the service answers it. */
export const verstuurdVerzoek: Correctieverzoek = {
  id: 'verzoek-1',
  referentie: 'MFO-2026-100001',
  status: 'ontvangen',
  ingediendOp: '2026-12-01T10:00:00Z',
  gegeven: achternaamYusuf,
  gewensteWaarde: 'El Amrani',
  toelichting: 'Op de geboorteakte staat El Amrani.',
  contactBronhouder: { gehad: false },
  gevolgen: { omschrijving: '', opschortenGevraagd: false },
  bijlagen: [],
  contactvoorkeur: { kanaal: 'post' },
  heropeningen: [],
  zaak: { uuid: 'zaak-1', identificatie: 'MFO-2026-100001' },
}
