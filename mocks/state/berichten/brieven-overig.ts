import { brief, euro, kenmerk, type Sjabloon } from './brief'
import { bedrag, isoDatum, jaarVan, langeDatum, plusDagen } from '../dates'

const mijnDuo = '<a href="https://duo.nl/particulier/mijn-duo">Mijn DUO</a>'

export const maandbedragStudieschuld: Sjabloon = (context) => {
  const jaar = jaarVan(context.verzonden)
  return brief(context, {
    afzender: 'DUO', type: 'beschikking',
    onderwerp: `Uw maandbedrag studieschuld voor ${jaar}`,
    alineas: [
      `Vanaf 1 januari ${jaar + 1} betaalt u ${bedrag(euro(context.rng, 45, 180))} per maand terug voor uw studieschuld.`,
      'Wij hebben dit bedrag berekend met uw inkomen van 2 jaar geleden. In de bijlage leest u hoe.',
      `Is uw inkomen nu lager? Dan kunt u in ${mijnDuo} vragen of u minder hoeft te betalen.`,
    ],
    bijlagen: [`Beschikking maandbedrag ${jaar}.pdf`],
  })
}

export const achterstandStudieschuld: Sjabloon = (context) => {
  const teBetalen = euro(context.rng, 90, 400)
  const deadline = plusDagen(context.verzonden, 21)
  return brief(context, {
    afzender: 'DUO', type: 'betaalverzoek',
    onderwerp: 'U heeft een betalingsachterstand',
    alineas: [
      `U heeft ${bedrag(teBetalen)} van uw studieschuld nog niet terugbetaald.`,
      `Betaal dit bedrag vóór ${langeDatum(deadline)}. Dat kan met iDEAL in ${mijnDuo}. Lukt dat niet? Neem dan contact met ons op. Samen zoeken wij een oplossing.`,
    ],
    actie: { omschrijving: `Betaal ${bedrag(teBetalen)}`, deadline: isoDatum(deadline) },
  })
}

export const diplomaGeregistreerd: Sjabloon = (context) =>
  brief(context, {
    afzender: 'DUO', type: 'notificatie',
    onderwerp: 'Uw diploma staat in het diplomaregister',
    alineas: [
      'Uw onderwijsinstelling heeft uw diploma bij ons geregistreerd. U vindt het in het diplomaregister.',
      `Een uittreksel van uw diploma kunt u gratis downloaden in ${mijnDuo}. Dat is handig als een werkgever om uw diploma vraagt.`,
    ],
  })

export const apkHerinnering: Sjabloon = (context) => {
  const deadline = plusDagen(context.verzonden, 45)
  return brief(context, {
    afzender: 'RDW', type: 'herinnering',
    onderwerp: `APK-keuring voor uw auto ${context.kenteken}`,
    alineas: [
      `De APK van uw auto met kenteken ${context.kenteken} verloopt op ${langeDatum(deadline)}.`,
      'Laat uw auto op tijd keuren bij een erkend garagebedrijf. Rijdt u zonder geldige APK? Dan kunt u een boete krijgen.',
    ],
    actie: { omschrijving: 'Laat uw auto keuren (APK)', deadline: isoDatum(deadline) },
  })
}

export const tenaamstelling: Sjabloon = (context) =>
  brief(context, {
    afzender: 'RDW', type: 'notificatie',
    onderwerp: `De auto ${context.kenteken} staat op uw naam`,
    alineas: [
      `Sinds ${langeDatum(plusDagen(context.verzonden, -1))} staat de auto met kenteken ${context.kenteken} op uw naam.`,
      'Vergeet niet dat u de auto moet verzekeren. U betaalt vanaf nu ook motorrijtuigenbelasting.',
    ],
  })

export const verkeersboete: Sjabloon = (context) => {
  const teBetalen = context.rng.pick([34, 58, 79, 113, 150] as const) + 9
  const deadline = plusDagen(context.verzonden, 56)
  return brief(context, {
    afzender: 'CJIB', type: 'betaalverzoek',
    onderwerp: `Verkeersboete voor ${context.kenteken}`,
    alineas: [
      `Op ${langeDatum(plusDagen(context.verzonden, -12))} reed de auto met kenteken ${context.kenteken} te hard. U bent de eigenaar van deze auto. Daarom krijgt u deze boete.`,
      `<p><strong>Betaal ${bedrag(teBetalen)} vóór ${langeDatum(deadline)}.</strong> Gebruik het betalingskenmerk ${kenmerk(context.rng)}. In het bedrag zitten ${bedrag(9)} administratiekosten.</p>`,
      'Bent u het niet eens met de boete? Dan kunt u beroep instellen bij de officier van justitie.',
    ],
    actie: { omschrijving: `Betaal ${bedrag(teBetalen)}`, deadline: isoDatum(deadline) },
    bijlagen: ['Beschikking verkeersboete.pdf'],
  })
}

export const aanmaning: Sjabloon = (context) => {
  const teBetalen = context.rng.pick([51, 87, 118] as const)
  const deadline = plusDagen(context.verzonden, 56)
  return brief(context, {
    afzender: 'CJIB', type: 'betaalverzoek',
    onderwerp: 'Eerste aanmaning: uw boete is nog niet betaald',
    alineas: [
      'Wij hebben uw betaling voor de verkeersboete niet op tijd ontvangen. Daarom is het bedrag verhoogd met 50%.',
      `Betaal nu ${bedrag(teBetalen)} vóór ${langeDatum(deadline)}. Betaalt u weer niet op tijd? Dan wordt het bedrag nog een keer verhoogd.`,
    ],
    actie: { omschrijving: `Betaal ${bedrag(teBetalen)}`, deadline: isoDatum(deadline) },
  })
}

export const betalingOntvangen: Sjabloon = (context) =>
  brief(context, {
    afzender: 'CJIB', type: 'notificatie',
    onderwerp: 'Wij hebben uw betaling ontvangen',
    alineas: ['Wij hebben uw betaling voor de verkeersboete ontvangen. De boete is hiermee betaald.', 'U hoeft niets meer te doen.'],
  })
