import type { Zaaktype } from './types'

/** Zaaktypen of the municipalities (Utrecht, Amersfoort). Texts at B1: what happens now, what to expect. */
export const parkeervergunning: Zaaktype = {
  identificatie: 'parkeervergunning-bewoners',
  omschrijving: 'Parkeervergunning voor bewoners',
  organisatie: 'Gemeente Utrecht',
  prefix: 'PV',
  doorlooptijdDagen: 28,
  wettelijkeTermijnDagen: 56,
  stappen: [
    { omschrijving: 'Aanvraag ontvangen', statustekst: 'We hebben uw aanvraag ontvangen.', toelichting: 'We kijken eerst of uw aanvraag compleet is. Mist er iets? Dan vragen we u om dat op te sturen.' },
    { omschrijving: 'Aanvraag wordt beoordeeld', statustekst: 'We kijken of u een parkeervergunning kunt krijgen.', toelichting: 'Een medewerker controleert uw gegevens, zoals uw adres en uw kenteken. Dit duurt meestal 2 tot 4 weken. Staat er een taak voor u klaar? Dan wachten we op u.' },
    { omschrijving: 'Besluit genomen', statustekst: 'We hebben een besluit genomen over uw aanvraag.', toelichting: 'U krijgt een brief met ons besluit in uw Berichtenbox. Bent u het niet eens met het besluit? In de brief staat hoe u bezwaar maakt.' },
    { omschrijving: 'Vergunning klaar', statustekst: 'Uw parkeervergunning is klaar.', toelichting: 'De vergunning hoort digitaal bij uw kenteken. U hoeft niets achter de voorruit te leggen. De vergunning geldt 1 jaar.' },
  ],
}

export const paspoort: Zaaktype = {
  identificatie: 'paspoort-aanvragen',
  omschrijving: 'Paspoort aanvragen',
  organisatie: 'Gemeente Utrecht',
  prefix: 'RD',
  doorlooptijdDagen: 7,
  wettelijkeTermijnDagen: 21,
  stappen: [
    { omschrijving: 'Aanvraag ontvangen', statustekst: 'We hebben uw aanvraag voor een paspoort ontvangen.', toelichting: 'U heeft uw paspoort aangevraagd aan de balie. We sturen uw aanvraag naar de maker van het paspoort.' },
    { omschrijving: 'Paspoort wordt gemaakt', statustekst: 'Uw paspoort wordt gemaakt.', toelichting: 'Het maken duurt ongeveer 5 werkdagen. U krijgt bericht als het klaar is.' },
    { omschrijving: 'Paspoort ligt klaar', statustekst: 'Uw paspoort ligt klaar.', toelichting: 'Maak een afspraak en haal uw paspoort op bij het Stadskantoor. Neem uw oude paspoort mee.' },
    { omschrijving: 'Paspoort opgehaald', statustekst: 'U heeft uw paspoort opgehaald.', toelichting: 'Uw oude paspoort is ongeldig gemaakt. Kijk of de gegevens in uw nieuwe paspoort kloppen.' },
  ],
}

export const wmoHulp: Zaaktype = {
  identificatie: 'wmo-hulp-thuis',
  omschrijving: 'Hulp bij het huishouden (Wmo)',
  organisatie: 'Gemeente Amersfoort',
  prefix: 'WMO',
  doorlooptijdDagen: 42,
  wettelijkeTermijnDagen: 56,
  stappen: [
    { omschrijving: 'Melding ontvangen', statustekst: 'We hebben uw vraag om hulp ontvangen.', toelichting: 'Binnen 1 week bellen we u. Dan maken we een afspraak voor een gesprek.' },
    { omschrijving: 'Gesprek met u', statustekst: 'We praten met u over de hulp die u nodig heeft.', toelichting: 'Een consulent komt bij u thuis. Samen bespreekt u welke hulp u nodig heeft. U mag iemand vragen om erbij te zijn.' },
    { omschrijving: 'Aanvraag wordt beoordeeld', statustekst: 'We kijken welke hulp bij u past.', toelichting: 'Na het gesprek krijgt u een verslag. Daarna beslissen we binnen 2 weken welke hulp u krijgt.' },
    { omschrijving: 'Besluit genomen', statustekst: 'We hebben besloten welke hulp u krijgt.', toelichting: 'U krijgt een brief met ons besluit. Daarin staat welke hulp u krijgt, vanaf wanneer, en wat u zelf betaalt.' },
    { omschrijving: 'Hulp geregeld', statustekst: 'Uw hulp is geregeld.', toelichting: 'De zorgaanbieder belt u om te beginnen. Gaat er iets mis? Bel ons dan.' },
  ],
}

export const meldingOpenbareRuimte: Zaaktype = {
  identificatie: 'melding-openbare-ruimte',
  omschrijving: 'Melding openbare ruimte',
  organisatie: 'Gemeente Amersfoort',
  prefix: 'MOR',
  doorlooptijdDagen: 14,
  stappen: [
    { omschrijving: 'Melding ontvangen', statustekst: 'We hebben uw melding ontvangen.', toelichting: 'Bedankt voor uw melding. We kijken wie het probleem kan oplossen.' },
    { omschrijving: 'Melding doorgestuurd', statustekst: 'We hebben uw melding doorgestuurd.', toelichting: 'Een team van de gemeente gaat ermee aan de slag. U hoeft niets te doen.' },
    { omschrijving: 'Wordt opgelost', statustekst: 'We lossen het probleem op.', toelichting: 'Meestal is het probleem binnen 2 weken opgelost.' },
    { omschrijving: 'Opgelost', statustekst: 'Het probleem is opgelost.', toelichting: 'Is het toch niet goed? Doe dan een nieuwe melding.' },
  ],
}

export const schuldhulp: Zaaktype = {
  identificatie: 'schuldhulpverlening',
  omschrijving: 'Hulp bij schulden',
  organisatie: 'Gemeente Amersfoort',
  prefix: 'SHV',
  doorlooptijdDagen: 120,
  stappen: [
    { omschrijving: 'Aanmelding ontvangen', statustekst: 'We hebben uw aanmelding voor hulp bij schulden ontvangen.', toelichting: 'Binnen 3 werkdagen bellen we u voor een eerste gesprek.' },
    { omschrijving: 'Eerste gesprek', statustekst: 'We hebben een eerste gesprek met u.', toelichting: 'In het gesprek kijken we naar uw schulden, uw inkomen en uw vaste lasten. Neem de brieven van uw schuldeisers mee.' },
    { omschrijving: 'Plan gemaakt', statustekst: 'We hebben een plan gemaakt.', toelichting: 'In het plan staat hoe u uw schulden kunt betalen. U krijgt het plan om te lezen en te tekenen.' },
    { omschrijving: 'Afspraken met schuldeisers', statustekst: 'We maken afspraken met uw schuldeisers.', toelichting: 'We vragen uw schuldeisers of ze akkoord gaan met het plan. Dit kan een paar maanden duren.' },
    { omschrijving: 'Hulp afgerond', statustekst: 'De hulp bij uw schulden is afgerond.', toelichting: 'U heeft afspraken met al uw schuldeisers. Houd u aan die afspraken. Lukt dat niet? Bel ons dan.' },
  ],
}
