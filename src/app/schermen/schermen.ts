/**
 * Every screen of the app in the states a tester must see, each opened directly from "Overzicht van schermen"
 * (only with the mocks on). One list for three users: the overview page, the accessibility audit
 * (`npm run audit:a11y`) and the guard test that fails when a route is missing here. Plain data, no Vue.
 */
import type { DigidLevel } from '@/features/auth'

export type SchermStaat =
  | 'standaard'
  | 'leeg'
  | 'fout'
  | 'formulierfout'
  | 'namens'
  | 'sessiewaarschuwing'
  | 'offline'
  | 'hoger-niveau'
  | 'bevestigen'

export interface SchermInlog {
  bsn: string
  niveau: DigidLevel
  /** Acting for this person (a machtiging in the mock's seed). */
  namens?: string
}

/** What the runner does on the screen, as a person would: press a button or link, type in a field, choose an option. */
export type SchermActie = { klik: string } | { vul: string; met: string } | { kies: string }

/** A fault of the mock API (DESIGN.md §6), set before the screen opens. */
export interface SchermFout {
  path: string
  method?: string
  status?: number
  malformed?: boolean
  times?: number
}

export interface Scherm {
  id: string
  /** The route name the screen ends on (the guard test checks that every route has a screen). */
  route: string
  groep: string
  titel: string
  staat: SchermStaat
  /** Where the runner goes; a path of the app. */
  pad: string
  /** The start of the main heading (or the dialog's name) once the screen is ready. */
  kop: string
  /** What proves the state where the heading does not (a CSS selector that must be visible): the fault, the errors. */
  kenmerk?: string
  /** Without it, nobody is logged in. */
  inlog?: SchermInlog
  fouten?: SchermFout[]
  acties?: SchermActie[]
  /** The screen is the mock DigiD's login page, reached through a login the runner starts. */
  digid?: boolean
}

export const STAAT_NAMEN: Record<SchermStaat, string> = {
  standaard: 'gewoon',
  leeg: 'leeg',
  fout: 'met een storing',
  formulierfout: 'met invulfouten',
  namens: 'namens iemand anders',
  sessiewaarschuwing: 'met de waarschuwing voor uitloggen',
  offline: 'offline',
  'hoger-niveau': 'hoger DigiD-niveau nodig',
  bevestigen: 'met een vraag om te bevestigen',
}

const FATIMA = '999990019'
const PIETER = '999990020'
const ANNA = '999990032'
const NOOR = '999990056'

const fatima: SchermInlog = { bsn: FATIMA, niveau: 'midden' }
const fatimaSubstantieel: SchermInlog = { bsn: FATIMA, niveau: 'substantieel' }
const pieterVoorAnna: SchermInlog = { bsn: PIETER, niveau: 'substantieel', namens: ANNA }
const anna: SchermInlog = { bsn: ANNA, niveau: 'substantieel' }
const noor: SchermInlog = { bsn: NOOR, niveau: 'midden' }

const storing = (path: string): SchermFout[] => [{ path, method: 'GET', status: 500, times: 20 }]
const BRIEF = 'Voorlopige aanslag inkomstenbelasting'
const ZAAK = 'Bezwaar tegen aanslag'

/** An MFO request for Yusuf's surname, step by step: each step's screen takes the actions before it. */
const MFO_START = '/correctieverzoek?registratie=brp&gegeven=geslachtsnaam&wie=kind'
const MFO_STAPPEN: { route: string; kop: string; acties: SchermActie[] }[] = [
  { route: 'mfo-gegeven', kop: 'Stap 1 van 6', acties: [{ klik: 'Begin uw verzoek' }] },
  {
    route: 'mfo-contact',
    kop: 'Stap 2 van 6',
    acties: [{ vul: 'Wat moet er staan bij Achternaam?', met: 'El Amrani' }, { vul: 'Leg uit wat er niet klopt', met: 'Op zijn geboorteakte staat El Amrani.' }, { klik: 'Volgende' }],
  },
  { route: 'mfo-gevolgen', kop: 'Stap 3 van 6', acties: [{ kies: 'Nee, nog niet' }, { klik: 'Volgende' }] },
  { route: 'mfo-bewijs', kop: 'Stap 4 van 6', acties: [{ klik: 'Volgende' }] },
  { route: 'mfo-contactgegevens', kop: 'Stap 5 van 6', acties: [{ klik: 'Volgende' }] },
  { route: 'mfo-controleren', kop: 'Stap 6 van 6', acties: [{ kies: 'Per post' }, { klik: 'Volgende' }] },
]
const mfoActiesTot = (stap: number): SchermActie[] => MFO_STAPPEN.slice(0, stap + 1).flatMap((item) => item.acties)

const mfoSchermen: Scherm[] = MFO_STAPPEN.map((stap, index) => ({
  id: `mfo-stap-${index + 1}`,
  route: stap.route,
  groep: 'Correctieverzoek',
  titel: `Stap ${index + 1} van het correctieverzoek`,
  staat: 'standaard',
  pad: MFO_START,
  kop: stap.kop,
  inlog: fatimaSubstantieel,
  acties: mfoActiesTot(index),
}))

export const SCHERMEN: readonly Scherm[] = [
  // Inloggen en algemeen
  { id: 'inloggen', route: 'inloggen', groep: 'Inloggen en algemeen', titel: 'Inloggen', staat: 'standaard', pad: '/inloggen', kop: 'Inloggen' },
  { id: 'inloggen-offline', route: 'inloggen', groep: 'Inloggen en algemeen', titel: 'Inloggen', staat: 'offline', pad: '/inloggen', kop: 'Inloggen' },
  { id: 'digid', route: 'inloggen', groep: 'Inloggen en algemeen', titel: 'DigiD (nep): kies een testpersoon', staat: 'standaard', pad: '/inloggen', kop: 'Inloggen met DigiD', digid: true },
  { id: 'callback-fout', route: 'auth-callback', groep: 'Inloggen en algemeen', titel: 'Terug van DigiD: inloggen afgebroken', staat: 'fout', pad: '/auth/callback?error=access_denied&state=onbekend', kop: 'Het inloggen is niet gelukt', kenmerk: 'h1' },
  { id: 'hoger-niveau', route: 'hoger-niveau', groep: 'Inloggen en algemeen', titel: 'Inloggen met een hoger niveau', staat: 'hoger-niveau', pad: '/hoger-niveau?terug=%2Fmachtigingen%2Fnieuw&niveau=http%3A%2F%2Feidas.europa.eu%2FLoA%2Fsubstantial', kop: 'Inloggen met een hoger niveau', inlog: fatima, kenmerk: 'h1' },
  { id: 'uitgelogd', route: 'uitgelogd', groep: 'Inloggen en algemeen', titel: 'U bent uitgelogd', staat: 'standaard', pad: '/uitgelogd', kop: 'U bent uitgelogd' },
  { id: 'overzicht', route: 'overzicht', groep: 'Inloggen en algemeen', titel: 'Overzicht', staat: 'standaard', pad: '/', kop: 'Overzicht', inlog: fatima },
  { id: 'overzicht-leeg', route: 'overzicht', groep: 'Inloggen en algemeen', titel: 'Overzicht van iemand zonder post en zaken', staat: 'leeg', pad: '/', kop: 'Overzicht', inlog: noor },
  { id: 'overzicht-namens', route: 'overzicht', groep: 'Inloggen en algemeen', titel: 'Overzicht', staat: 'namens', pad: '/', kop: 'Overzicht', inlog: pieterVoorAnna },
  { id: 'sessie-waarschuwing', route: 'overzicht', groep: 'Inloggen en algemeen', titel: 'Bijna uitgelogd', staat: 'sessiewaarschuwing', pad: '/', kop: 'U wordt bijna uitgelogd', inlog: fatima },
  { id: 'toegankelijkheid', route: 'toegankelijkheid', groep: 'Inloggen en algemeen', titel: 'Toegankelijkheidsverklaring', staat: 'standaard', pad: '/toegankelijkheid', kop: 'Toegankelijkheidsverklaring' },
  { id: 'privacy', route: 'privacy', groep: 'Inloggen en algemeen', titel: 'Privacy', staat: 'standaard', pad: '/privacy', kop: 'Privacy' },
  { id: 'contact', route: 'contact', groep: 'Inloggen en algemeen', titel: 'Contact', staat: 'standaard', pad: '/contact', kop: 'Contact' },
  { id: 'niet-gevonden', route: 'niet-gevonden', groep: 'Inloggen en algemeen', titel: 'Pagina niet gevonden', staat: 'fout', pad: '/bestaat-niet', kop: 'Pagina niet gevonden', kenmerk: 'h1' },
  { id: 'scherm-onbekend', route: 'scherm-openen', groep: 'Inloggen en algemeen', titel: 'Een scherm klaarzetten dat niet bestaat', staat: 'fout', pad: '/schermen/bestaat-niet', kop: 'Scherm klaarzetten', kenmerk: 'h1' },
  { id: 'schermen', route: 'schermen', groep: 'Inloggen en algemeen', titel: 'Overzicht van schermen (deze pagina)', staat: 'standaard', pad: '/schermen', kop: 'Overzicht van schermen' },

  // Berichten
  { id: 'berichten', route: 'berichten', groep: 'Berichten', titel: 'Berichtenbox', staat: 'standaard', pad: '/berichten', kop: 'Berichten', inlog: fatima },
  { id: 'berichten-zoeken', route: 'berichten', groep: 'Berichten', titel: 'Berichtenbox: zoeken zonder resultaat', staat: 'leeg', pad: '/berichten?zoek=xyzzy', kop: 'Berichten', inlog: fatima },
  { id: 'berichten-leeg', route: 'berichten', groep: 'Berichten', titel: 'Berichtenbox', staat: 'leeg', pad: '/berichten', kop: 'Berichten', inlog: noor },
  { id: 'berichten-fout', route: 'berichten', groep: 'Berichten', titel: 'Berichtenbox', staat: 'fout', pad: '/berichten', kop: 'Berichten', inlog: fatima, fouten: storing('/api/berichten') },
  { id: 'berichten-namens', route: 'berichten', groep: 'Berichten', titel: 'Berichtenbox', staat: 'namens', pad: '/berichten', kop: 'Berichten', inlog: pieterVoorAnna },
  { id: 'berichten-offline', route: 'berichten', groep: 'Berichten', titel: 'Berichtenbox', staat: 'offline', pad: '/berichten', kop: 'Berichten', inlog: fatima },
  { id: 'bericht', route: 'bericht', groep: 'Berichten', titel: 'Een bericht met bijlage', staat: 'standaard', pad: '/berichten', kop: BRIEF, inlog: fatima, acties: [{ klik: BRIEF }] },
  { id: 'berichten-instellingen', route: 'berichten-instellingen', groep: 'Berichten', titel: 'Instellingen Berichtenbox', staat: 'standaard', pad: '/berichten/instellingen', kop: 'Instellingen Berichtenbox', inlog: fatima },

  // Gegevens
  { id: 'gegevens', route: 'gegevens', groep: 'Persoonlijke gegevens', titel: 'Persoonlijke gegevens', staat: 'standaard', pad: '/gegevens', kop: 'Persoonlijke gegevens', inlog: fatima },
  { id: 'gegevens-fout', route: 'gegevens', groep: 'Persoonlijke gegevens', titel: 'Persoonlijke gegevens', staat: 'fout', pad: '/gegevens', kop: 'Persoonlijke gegevens', inlog: fatima, fouten: [{ path: '/api/brp/personen', status: 500, times: 20 }] },
  { id: 'gegevens-buiten-machtiging', route: 'gegevens', groep: 'Persoonlijke gegevens', titel: 'Gegevens, buiten de machtiging', staat: 'namens', pad: '/gegevens', kop: 'Dit valt buiten uw machtiging', inlog: pieterVoorAnna },
  { id: 'gegevens-gebruik', route: 'gegevens-gebruik', groep: 'Persoonlijke gegevens', titel: 'Wie gebruikte mijn gegevens', staat: 'standaard', pad: '/gegevens/gebruik', kop: 'Wie gebruikte mijn gegevens', inlog: fatima },
  { id: 'toestemmingen', route: 'gegevens-toestemmingen', groep: 'Persoonlijke gegevens', titel: 'Toestemmingen', staat: 'standaard', pad: '/gegevens/toestemmingen', kop: 'Toestemmingen', inlog: fatima },

  // Zaken
  { id: 'zaken', route: 'zaken', groep: 'Lopende zaken', titel: 'Lopende zaken', staat: 'standaard', pad: '/zaken', kop: 'Lopende zaken', inlog: fatima },
  { id: 'zaken-leeg', route: 'zaken', groep: 'Lopende zaken', titel: 'Lopende zaken', staat: 'leeg', pad: '/zaken', kop: 'Lopende zaken', inlog: noor },
  { id: 'zaken-fout', route: 'zaken', groep: 'Lopende zaken', titel: 'Lopende zaken', staat: 'fout', pad: '/zaken', kop: 'Lopende zaken', inlog: fatima, fouten: storing('/api/zaken') },
  { id: 'zaken-namens', route: 'zaken', groep: 'Lopende zaken', titel: 'Lopende zaken', staat: 'namens', pad: '/zaken', kop: 'Lopende zaken', inlog: pieterVoorAnna },
  { id: 'zaak', route: 'zaak', groep: 'Lopende zaken', titel: 'Een zaak met tijdlijn en documenten', staat: 'standaard', pad: '/zaken', kop: ZAAK, inlog: fatima, acties: [{ klik: ZAAK }] },
  { id: 'zaak-offline', route: 'zaak', groep: 'Lopende zaken', titel: 'Een zaak', staat: 'offline', pad: '/zaken', kop: ZAAK, inlog: fatima, acties: [{ klik: ZAAK }] },
  { id: 'zaak-onbekend', route: 'zaak', groep: 'Lopende zaken', titel: 'Een zaak die niet bestaat', staat: 'fout', pad: '/zaken/bestaat-niet', kop: 'Zaak', inlog: fatima, kenmerk: '.utrecht-alert--warning' },

  // Machtigingen
  { id: 'machtigingen', route: 'machtigingen', groep: 'Machtigingen', titel: 'Machtigingen', staat: 'standaard', pad: '/machtigingen', kop: 'Machtigingen', inlog: anna },
  { id: 'machtigingen-leeg', route: 'machtigingen', groep: 'Machtigingen', titel: 'Machtigingen', staat: 'leeg', pad: '/machtigingen', kop: 'Machtigingen', inlog: noor },
  { id: 'machtigingen-fout', route: 'machtigingen', groep: 'Machtigingen', titel: 'Machtigingen', staat: 'fout', pad: '/machtigingen', kop: 'Machtigingen', inlog: anna, fouten: storing('/api/machtigingen') },
  { id: 'machtiging-intrekken', route: 'machtigingen', groep: 'Machtigingen', titel: 'Een machtiging intrekken', staat: 'bevestigen', pad: '/machtigingen', kop: 'Machtiging intrekken?', inlog: anna, acties: [{ klik: 'Intrekken' }] },
  { id: 'machtiging-geven', route: 'machtiging-geven', groep: 'Machtigingen', titel: 'Iemand machtigen', staat: 'standaard', pad: '/machtigingen/nieuw', kop: 'Iemand machtigen', inlog: anna },
  { id: 'machtiging-geven-fouten', route: 'machtiging-geven', groep: 'Machtigingen', titel: 'Iemand machtigen', staat: 'formulierfout', pad: '/machtigingen/nieuw', kop: 'Iemand machtigen', inlog: anna, acties: [{ klik: 'Volgende' }] },
  { id: 'namens-u-gedaan', route: 'namens-u-gedaan', groep: 'Machtigingen', titel: 'Namens u gedaan', staat: 'standaard', pad: '/machtigingen/namens-u-gedaan', kop: 'Namens u gedaan', inlog: anna },
  { id: 'voor-wie', route: 'voor-wie', groep: 'Machtigingen', titel: 'Voor wie regelt u zaken?', staat: 'namens', pad: '/machtigingen/voor-wie', kop: 'Voor wie regelt u zaken?', inlog: pieterVoorAnna },

  // Correctieverzoek (MFO)
  { id: 'mfo-start', route: 'mfo-start', groep: 'Correctieverzoek', titel: 'Een fout laten aanpassen: begin', staat: 'standaard', pad: MFO_START, kop: 'Een fout in uw gegevens laten aanpassen', inlog: fatima },
  ...mfoSchermen,
  { id: 'mfo-stap-1-fouten', route: 'mfo-gegeven', groep: 'Correctieverzoek', titel: 'Stap 1 van het correctieverzoek', staat: 'formulierfout', pad: MFO_START, kop: 'Stap 1 van 6', inlog: fatimaSubstantieel, acties: [{ klik: 'Begin uw verzoek' }, { klik: 'Volgende' }] },
  { id: 'mfo-controleren-hoger-niveau', route: 'mfo-controleren', groep: 'Correctieverzoek', titel: 'Versturen vraagt DigiD Substantieel', staat: 'hoger-niveau', pad: MFO_START, kop: 'Stap 6 van 6', inlog: fatima, acties: mfoActiesTot(5) },
  { id: 'mfo-verzoeken', route: 'mfo-verzoeken', groep: 'Correctieverzoek', titel: 'Mijn correctieverzoeken', staat: 'leeg', pad: '/correctieverzoeken', kop: 'Mijn correctieverzoeken', inlog: fatima },
  { id: 'mfo-verzoek', route: 'mfo-verzoek', groep: 'Correctieverzoek', titel: 'Een verstuurd correctieverzoek', staat: 'standaard', pad: MFO_START, kop: 'Uw correctieverzoek', inlog: fatimaSubstantieel, acties: [...mfoActiesTot(5), { klik: 'Verstuur uw verzoek' }] },

  // Verbinding
  { id: 'wachtrij', route: 'wachtrij', groep: 'Verbinding', titel: 'Wacht op verbinding', staat: 'leeg', pad: '/wacht-op-verbinding', kop: 'Wacht op verbinding', inlog: fatima },
]

/** Where the heading is the same in every state, this shows the state itself. */
const KENMERK: Partial<Record<SchermStaat, string>> = {
  fout: '.service-problem',
  formulierfout: '.error-summary',
  namens: '.namens-banner',
  offline: '.connection-status__melding',
  'hoger-niveau': '.step-up',
  bevestigen: 'dialog[open]',
}

export function kenmerkVan(scherm: Scherm): string | undefined {
  return scherm.kenmerk ?? KENMERK[scherm.staat]
}

export function vindScherm(id: string): Scherm | undefined {
  return SCHERMEN.find((scherm) => scherm.id === id)
}
