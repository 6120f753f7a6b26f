/** One kind of use of someone's data by a government organisation, as the usage log shows it. */
export interface Gebruiksvorm {
  organisatie: string
  gegevens: readonly string[]
  doel: string
  grondslag: string
}

const gemeente = (naam: string) => `Gemeente ${naam}`

export const toeslagen: Gebruiksvorm = {
  organisatie: 'Belastingdienst/Toeslagen',
  gegevens: ['Adres', 'Samenstelling huishouden'],
  doel: 'Uw recht op zorgtoeslag en kindgebonden budget bepalen',
  grondslag: 'Algemene wet inkomensafhankelijke regelingen, artikel 8',
}

export const aangifte: Gebruiksvorm = {
  organisatie: 'Belastingdienst',
  gegevens: ['Inkomen', 'WOZ-waarde', 'Adres'],
  doel: 'Uw aangifte inkomstenbelasting vooraf invullen',
  grondslag: 'Algemene wet inzake rijksbelastingen, artikel 53',
}

export const woz = (plaats: string): Gebruiksvorm => ({
  organisatie: gemeente(plaats),
  gegevens: ['Adres', 'Eigendom van uw huis'],
  doel: 'De WOZ-waarde van uw huis vaststellen',
  grondslag: 'Wet waardering onroerende zaken, artikel 22',
})

export const gemeentebelastingen = (plaats: string): Gebruiksvorm => ({
  organisatie: gemeente(plaats),
  gegevens: ['Naam', 'Adres', 'WOZ-waarde'],
  doel: 'De aanslag gemeentelijke belastingen maken',
  grondslag: 'Gemeentewet, artikel 220',
})

export const parkeervergunning: Gebruiksvorm = {
  organisatie: gemeente('Utrecht'),
  gegevens: ['Naam', 'Adres', 'Voertuigen'],
  doel: 'Uw aanvraag voor een parkeervergunning beoordelen',
  grondslag: 'Parkeerverordening Utrecht',
}

export const stempas = (plaats: string): Gebruiksvorm => ({
  organisatie: gemeente(plaats),
  gegevens: ['Naam', 'Adres', 'Geboortedatum'],
  doel: 'Uw stempas voor de verkiezingen maken',
  grondslag: 'Kieswet, artikel J 7',
})

export const ww: Gebruiksvorm = {
  organisatie: 'UWV',
  gegevens: ['Inkomen', 'Adres'],
  doel: 'Uw recht op een WW-uitkering beoordelen',
  grondslag: 'Wet structuur uitvoeringsorganisatie werk en inkomen, artikel 54',
}

export const aanvullendeBeurs: Gebruiksvorm = {
  organisatie: 'DUO',
  gegevens: ['Inkomen'],
  doel: 'De aanvullende beurs van uw kind berekenen',
  grondslag: 'Wet studiefinanciering 2000, hoofdstuk 3',
}

export const studieschuld: Gebruiksvorm = {
  organisatie: 'DUO',
  gegevens: ['Inkomen'],
  doel: 'Uw maandbedrag voor het terugbetalen van uw studieschuld berekenen',
  grondslag: 'Wet studiefinanciering 2000, hoofdstuk 6',
}

export const verkeersboete: Gebruiksvorm = {
  organisatie: 'CJIB',
  gegevens: ['Naam', 'Adres', 'Voertuigen'],
  doel: 'Een verkeersboete naar de kentekenhouder sturen',
  grondslag: 'Wet administratiefrechtelijke handhaving verkeersvoorschriften, artikel 5',
}

export const kinderbijslag: Gebruiksvorm = {
  organisatie: 'SVB',
  gegevens: ['Kinderen', 'Adres'],
  doel: 'Uw kinderbijslag vaststellen',
  grondslag: 'Algemene Kinderbijslagwet, artikel 7',
}

export const aow: Gebruiksvorm = {
  organisatie: 'SVB',
  gegevens: ['Adres', 'Samenstelling huishouden'],
  doel: 'De hoogte van uw AOW-pensioen vaststellen',
  grondslag: 'Algemene Ouderdomswet, artikel 9',
}

export const apkHerinnering: Gebruiksvorm = {
  organisatie: 'RDW',
  gegevens: ['Naam', 'Adres'],
  doel: 'U een herinnering voor de APK sturen',
  grondslag: 'Wegenverkeerswet 1994, artikel 42',
}

export const waterschap: Gebruiksvorm = {
  organisatie: 'Hoogheemraadschap De Stichtse Rijnlanden',
  gegevens: ['Adres', 'WOZ-waarde'],
  doel: 'De aanslag waterschapsbelasting maken',
  grondslag: 'Waterschapswet, artikel 122',
}

export const eigenBijdrageWmo: Gebruiksvorm = {
  organisatie: 'CAK',
  gegevens: ['Inkomen', 'Adres'],
  doel: 'Uw eigen bijdrage voor hulp uit de Wmo berekenen',
  grondslag: 'Wet maatschappelijke ondersteuning 2015, artikel 2.1.4',
}

export const wmo = (plaats: string): Gebruiksvorm => ({
  organisatie: gemeente(plaats),
  gegevens: ['Naam', 'Adres', 'Geboortedatum'],
  doel: 'Uw aanvraag voor huishoudelijke hulp beoordelen',
  grondslag: 'Wet maatschappelijke ondersteuning 2015, artikel 2.3.2',
})
