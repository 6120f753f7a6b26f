import type { Zaaktype } from './types'

/** Zaaktypen of UWV, Belastingdienst and DUO. Texts at B1: what happens now, what to expect. */
export const wwUitkering: Zaaktype = {
  identificatie: 'ww-uitkering',
  omschrijving: 'WW-uitkering',
  organisatie: 'UWV',
  prefix: 'WW',
  doorlooptijdDagen: 270,
  stappen: [
    { omschrijving: 'Aanvraag ontvangen', statustekst: 'We hebben uw aanvraag voor een WW-uitkering ontvangen.', toelichting: 'We kijken of uw aanvraag compleet is. U hoeft nu niets te doen.' },
    { omschrijving: 'Recht op WW beoordelen', statustekst: 'We kijken of u recht heeft op een WW-uitkering.', toelichting: 'We kijken hoe lang u heeft gewerkt en wat u verdiende. Binnen 4 weken hoort u of u een uitkering krijgt.' },
    { omschrijving: 'Uitkering toegekend', statustekst: 'U krijgt een WW-uitkering.', toelichting: 'U krijgt een brief met de hoogte en de duur van uw uitkering. De eerste betaling staat binnen 2 weken op uw rekening.' },
    { omschrijving: 'Uitkering loopt', statustekst: 'U krijgt elke maand uw WW-uitkering.', toelichting: 'Geef elke maand uw inkomsten door. Verandert er iets, zoals nieuw werk? Geef dat dan meteen door. Soms vragen we u om meer informatie.' },
    { omschrijving: 'Uitkering gestopt', statustekst: 'Uw WW-uitkering is gestopt.', toelichting: 'U krijgt een brief met de reden en de datum. Heeft u nog vragen? Bel ons dan.' },
  ],
}

export const bezwaarAanslag: Zaaktype = {
  identificatie: 'bezwaar-aanslag',
  omschrijving: 'Bezwaar tegen aanslag inkomstenbelasting',
  organisatie: 'Belastingdienst',
  prefix: 'BZ',
  doorlooptijdDagen: 42,
  wettelijkeTermijnDagen: 84,
  stappen: [
    { omschrijving: 'Bezwaar ontvangen', statustekst: 'We hebben uw bezwaar ontvangen.', toelichting: 'U krijgt een bevestiging. We kijken of uw bezwaar compleet is.' },
    { omschrijving: 'Bezwaar wordt behandeld', statustekst: 'Een medewerker bekijkt uw bezwaar.', toelichting: 'We bekijken uw bezwaar en de aanslag opnieuw. Misschien bellen we u met een vraag. Meestal duurt dit 6 weken. Hebben we meer tijd nodig? Dan mag dat nog 6 weken.' },
    { omschrijving: 'Gesprek over uw bezwaar', statustekst: 'We willen met u praten over uw bezwaar.', toelichting: 'In een gesprek kunt u uw bezwaar uitleggen. We bellen u om een afspraak te maken. U hoeft niet mee te doen.' },
    { omschrijving: 'Uitspraak gedaan', statustekst: 'We hebben een besluit genomen over uw bezwaar.', toelichting: 'U krijgt een brief met ons besluit in uw Berichtenbox. Krijgt u geld terug? Dan staat dat binnen 6 weken op uw rekening.' },
  ],
}

export const zorgtoeslag: Zaaktype = {
  identificatie: 'zorgtoeslag-aanvragen',
  omschrijving: 'Zorgtoeslag aanvragen',
  organisatie: 'Belastingdienst',
  prefix: 'ZT',
  doorlooptijdDagen: 35,
  wettelijkeTermijnDagen: 56,
  stappen: [
    { omschrijving: 'Aanvraag ontvangen', statustekst: 'We hebben uw aanvraag voor zorgtoeslag ontvangen.', toelichting: 'We kijken of uw aanvraag compleet is. U hoeft nu niets te doen.' },
    { omschrijving: 'Aanvraag wordt beoordeeld', statustekst: 'We kijken of u zorgtoeslag kunt krijgen.', toelichting: 'We kijken naar uw inkomen en uw zorgverzekering. Dit duurt meestal 5 weken.' },
    { omschrijving: 'Voorschot berekend', statustekst: 'We hebben uw voorschot berekend.', toelichting: 'U krijgt een brief met het bedrag per maand. Verandert uw inkomen? Geef dat dan door. Anders moet u later misschien geld terugbetalen.' },
    { omschrijving: 'Besluit genomen', statustekst: 'We hebben besloten over uw zorgtoeslag.', toelichting: 'Krijgt u zorgtoeslag? Dan staat die rond de 20e van elke maand op uw rekening. Na het jaar berekenen we de toeslag definitief.' },
  ],
}

export const studiefinanciering: Zaaktype = {
  identificatie: 'wijziging-studiefinanciering',
  omschrijving: 'Wijziging studiefinanciering',
  organisatie: 'DUO',
  prefix: 'SF',
  doorlooptijdDagen: 28,
  wettelijkeTermijnDagen: 56,
  stappen: [
    { omschrijving: 'Wijziging ontvangen', statustekst: 'We hebben uw wijziging ontvangen.', toelichting: 'We kijken of we alle gegevens hebben. U hoeft nu niets te doen.' },
    { omschrijving: 'Wijziging wordt verwerkt', statustekst: 'We verwerken uw wijziging.', toelichting: 'We passen uw studiefinanciering aan. Dit duurt meestal 4 weken.' },
    { omschrijving: 'Nieuw bedrag berekend', statustekst: 'We hebben uw nieuwe bedrag berekend.', toelichting: 'U krijgt een brief met het nieuwe bedrag per maand. Klopt het bedrag niet? Neem dan contact met ons op.' },
    { omschrijving: 'Wijziging verwerkt', statustekst: 'Uw wijziging is verwerkt.', toelichting: 'U krijgt het nieuwe bedrag vanaf de volgende betaling. Die komt rond de 24e van de maand.' },
  ],
}
