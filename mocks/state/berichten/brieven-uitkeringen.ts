import { brief, euro, lijst, type Sjabloon } from './brief'
import { bedrag, isoDatum, jaarVan, langeDatum, maandNaam as maand, plusDagen } from '../dates'

const mijnUwv = '<a href="https://www.uwv.nl/mijnuwv">Mijn UWV</a>'
const mijnSvb = '<a href="https://www.svb.nl/mijnsvb">Mijn SVB</a>'

export const jaaropgaafUwv: Sjabloon = (context) => {
  const jaar = jaarVan(context.verzonden) - 1
  return brief(context, {
    afzender: 'UWV', type: 'notificatie',
    onderwerp: `Uw jaaropgaaf ${jaar}`,
    alineas: [
      `In de bijlage vindt u uw jaaropgaaf over ${jaar}. Hierin staat hoeveel uitkering u van ons kreeg en hoeveel belasting wij hebben ingehouden.`,
      'U heeft de jaaropgaaf nodig voor uw aangifte inkomstenbelasting. Bewaar hem goed.',
    ],
    bijlagen: [`Jaaropgaaf UWV ${jaar}.pdf`],
  })
}

export const informatieWw: Sjabloon = (context) => {
  const deadline = plusDagen(context.verzonden, 14)
  return brief(context, {
    afzender: 'UWV', type: 'verzoek-om-informatie',
    onderwerp: 'Wij hebben meer informatie nodig over uw inkomsten',
    alineas: [
      'U krijgt een WW-uitkering van ons. Wij zien dat u sinds kort ook inkomsten uit werk heeft. Daarom hebben wij meer informatie nodig.',
      `Stuur ons vóór ${langeDatum(deadline)} deze gegevens:`,
      lijst(['uw loonstroken van de afgelopen 2 maanden', 'uw arbeidscontract']),
      `U kunt de gegevens uploaden in ${mijnUwv}. Krijgen wij de gegevens niet op tijd? Dan kan uw uitkering stoppen.`,
    ],
    actie: { omschrijving: 'Stuur uw loonstroken en arbeidscontract', deadline: isoDatum(deadline) },
  })
}

export const toekenningWw: Sjabloon = (context) =>
  brief(context, {
    afzender: 'UWV', type: 'beschikking',
    onderwerp: 'U krijgt een WW-uitkering',
    alineas: [
      `U heeft een WW-uitkering aangevraagd. U krijgt deze uitkering vanaf ${langeDatum(plusDagen(context.verzonden, -20))}.`,
      `De uitkering is de eerste 2 maanden ongeveer ${bedrag(euro(context.rng, 1100, 2200))} bruto per maand. In de bijlage leest u hoe wij dit hebben berekend.`,
      `Heeft u inkomsten naast uw uitkering? Geef die dan elke maand door in ${mijnUwv}.`,
    ],
    bijlagen: ['Beslissing WW-uitkering.pdf'],
  })

export const inkomstenDoorgeven: Sjabloon = (context) => {
  const deadline = plusDagen(context.verzonden, 10)
  return brief(context, {
    afzender: 'UWV', type: 'herinnering',
    onderwerp: `Geef uw inkomsten over ${maand(plusDagen(context.verzonden, -15))} door`,
    alineas: [
      'U heeft uw inkomsten over de vorige maand nog niet aan ons doorgegeven. Wij hebben die nodig om uw uitkering te betalen.',
      `Geef uw inkomsten vóór ${langeDatum(deadline)} door in ${mijnUwv}. Had u geen inkomsten? Geef dat dan ook door.`,
    ],
    actie: { omschrijving: 'Geef uw inkomsten door', deadline: isoDatum(deadline) },
  })
}

export const kinderbijslagBetaling: Sjabloon = (context) => {
  const kwartaal = Math.ceil(Number(isoDatum(context.verzonden).slice(5, 7)) / 3)
  return brief(context, {
    afzender: 'SVB', type: 'notificatie',
    onderwerp: `Betaling kinderbijslag ${kwartaal}e kwartaal ${jaarVan(context.verzonden)}`,
    alineas: [
      `Op ${langeDatum(plusDagen(context.verzonden, 3))} betalen wij ${bedrag(euro(context.rng, 290, 300))} kinderbijslag uit voor uw kind. U krijgt het geld op uw bankrekening.`,
      `Verandert er iets in uw gezin? Bijvoorbeeld omdat uw kind ergens anders gaat wonen? Geef het dan door in ${mijnSvb}.`,
    ],
  })
}

export const jaaroverzichtKinderbijslag: Sjabloon = (context) => {
  const jaar = jaarVan(context.verzonden) - 1
  return brief(context, {
    afzender: 'SVB', type: 'notificatie',
    onderwerp: `Jaaroverzicht kinderbijslag ${jaar}`,
    alineas: [`In de bijlage vindt u een overzicht van de kinderbijslag die u in ${jaar} van ons kreeg.`, 'U hoeft niets te doen.'],
    bijlagen: [`Jaaroverzicht kinderbijslag ${jaar}.pdf`],
  })
}

export const gezinControleren: Sjabloon = (context) => {
  const deadline = plusDagen(context.verzonden, 28)
  return brief(context, {
    afzender: 'SVB', type: 'verzoek-om-informatie',
    onderwerp: 'Kloppen de gegevens over uw gezin nog?',
    alineas: [
      'Uw kind wordt binnenkort 16 jaar. Wij controleren dan of u nog recht heeft op kinderbijslag.',
      `Wilt u vóór ${langeDatum(deadline)} in ${mijnSvb} controleren of uw gegevens kloppen? Bijvoorbeeld of uw kind nog bij u woont en naar school gaat.`,
    ],
    actie: { omschrijving: 'Controleer de gegevens over uw gezin', deadline: isoDatum(deadline) },
  })
}

export const aowBetaling: Sjabloon = (context) =>
  brief(context, {
    afzender: 'SVB', type: 'notificatie',
    onderwerp: `Uw AOW-pensioen over ${maand(context.verzonden)}`,
    alineas: [
      `Wij betalen uw AOW-pensioen over ${maand(context.verzonden)} uit. U krijgt ${bedrag(euro(context.rng, 1350, 1420))} netto op uw bankrekening.`,
      `Een overzicht van al uw betalingen vindt u in ${mijnSvb}.`,
    ],
  })

export const jaaropgaafAow: Sjabloon = (context) => {
  const jaar = jaarVan(context.verzonden) - 1
  return brief(context, {
    afzender: 'SVB', type: 'notificatie',
    onderwerp: `Jaaropgaaf AOW ${jaar}`,
    alineas: [`In de bijlage vindt u uw jaaropgaaf AOW over ${jaar}. U heeft deze nodig voor uw aangifte inkomstenbelasting.`],
    bijlagen: [`Jaaropgaaf AOW ${jaar}.pdf`],
  })
}

export const vakantiegeldAow: Sjabloon = (context) =>
  brief(context, {
    afzender: 'SVB', type: 'notificatie',
    onderwerp: 'U krijgt vakantiegeld',
    alineas: [`In mei krijgt u vakantiegeld bij uw AOW-pensioen. Het gaat om ${bedrag(euro(context.rng, 880, 930))} netto.`, 'U hoeft hiervoor niets te doen.'],
  })
