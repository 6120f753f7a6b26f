import type { Translation } from '@/shared/i18n'

/** Texts of the public information pages; loaded with those pages only. */
const nl = {
  privacy: {
    title: 'Privacy',
    intro: 'Mijn Overheid laat u zien wat de overheid over u weet. Hier leest u wat wij met uw gegevens doen.',
    whatTitle: 'Welke gegevens wij gebruiken',
    what: 'Na het inloggen met DigiD kennen wij uw burgerservicenummer. Daarmee halen wij uw gegevens op bij de organisaties die ze bewaren, zoals de gemeente (BRP) en de Belastingdienst. Wij bewaren zelf geen kopie.',
    deviceTitle: 'Wat er op uw apparaat staat',
    device: 'Zolang u bent ingelogd, staan sommige gegevens tijdelijk in uw browser. Als u uitlogt, of na {minutes} minuten niets doen, halen wij alles weg. Alleen uw taalkeuze blijft bewaard.',
    trackingTitle: 'Geen cookies om u te volgen',
    tracking: 'Wij gebruiken geen cookies of andere technieken om u te volgen. Wij laden niets van andere websites.',
    rightsTitle: 'Uw rechten',
    rights: 'U mag uw gegevens inzien en laten verbeteren. Staat er iets verkeerd in een registratie? Dan kunt u dat melden. Bij Gegevens ziet u ook welke organisaties uw gegevens hebben gebruikt.',
  },
  contact: {
    title: 'Contact',
    intro: 'Heeft u een vraag over Mijn Overheid? Of werkt er iets niet? Neem dan contact met ons op.',
    demo: 'Let op: dit is een demonstratieversie met testgegevens. Gebruik nooit echte persoonsgegevens.',
    phoneTitle: 'Bellen',
    phone: 'Bel 1400, het informatienummer van de Rijksoverheid. Maandag tot en met vrijdag van 8.00 tot 20.00 uur.',
    digidTitle: 'Vragen over DigiD',
    digid: 'Heeft u vragen over inloggen met DigiD? Kijk dan op de website van DigiD.',
    organisationTitle: 'Vragen over een brief of zaak',
    organisation: 'Heeft u een vraag over een brief of een zaak? Neem dan contact op met de organisatie die de brief stuurde. In elke brief staat hoe.',
  },
}

const en: Translation<typeof nl> = {
  privacy: {
    title: 'Privacy',
    intro: 'Mijn Overheid shows you what the government knows about you. Here you can read what we do with your data.',
    whatTitle: 'Which data we use',
    what: 'After you log in with DigiD we know your citizen service number. With it we fetch your data from the organisations that keep it, such as your municipality (BRP) and the Tax Administration. We keep no copy ourselves.',
    deviceTitle: 'What is stored on your device',
    device: 'While you are logged in, some data is kept in your browser for a while. When you log out, or after {minutes} minutes of doing nothing, we remove all of it. Only your choice of language is kept.',
    trackingTitle: 'No cookies to follow you',
    tracking: 'We use no cookies or other techniques to follow you. We load nothing from other websites.',
    rightsTitle: 'Your rights',
    rights: 'You may see your data and have it corrected. Is something wrong in a registration? You can report it. Under Personal data you can also see which organisations used your data.',
  },
  contact: {
    title: 'Contact',
    intro: 'Do you have a question about Mijn Overheid? Or does something not work? Please contact us.',
    demo: 'Please note: this is a demonstration version with test data. Never use real personal data.',
    phoneTitle: 'Call',
    phone: 'Call 1400, the information number of the Dutch central government. Monday to Friday from 8.00 to 20.00.',
    digidTitle: 'Questions about DigiD',
    digid: 'Questions about logging in with DigiD? Please see the DigiD website.',
    organisationTitle: 'Questions about a letter or case',
    organisation: 'Do you have a question about a letter or a case? Please contact the organisation that sent the letter. Every letter says how.',
  },
}

export const infoMessages = { nl, en }
