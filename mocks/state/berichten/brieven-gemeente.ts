import { brief, euro, kenmerk, lijst, type Sjabloon } from './brief'
import { bedrag, isoDatum, jaarVan, langeDatum, plusDagen } from '../dates'

/** The municipality's own pages, e.g. https://www.utrecht.nl. */
const website = (gemeente: string) => `https://www.${gemeente.replace(/^Gemeente /, '').toLowerCase()}.nl`

export const gemeentelijkeBelastingen: Sjabloon = (context) => {
  const jaar = jaarVan(context.verzonden)
  const ozb = euro(context.rng, 250, 520)
  const afval = euro(context.rng, 300, 420)
  const riool = euro(context.rng, 180, 260)
  const deadline = plusDagen(context.verzonden, 60)
  return brief(context, {
    afzender: context.gemeente, type: 'beschikking',
    onderwerp: `Aanslag gemeentelijke belastingen ${jaar}`,
    alineas: [
      `Hierbij ontvangt u de aanslag gemeentelijke belastingen ${jaar} en de WOZ-beschikking. U vindt beide in de bijlage.`,
      lijst([`Onroerendezaakbelasting: ${bedrag(ozb)}`, `Afvalstoffenheffing: ${bedrag(afval)}`, `Rioolheffing: ${bedrag(riool)}`]),
      `<p><strong>Totaal: ${bedrag(ozb + afval + riool)}.</strong> Betaal vóór ${langeDatum(deadline)}, of betaal in 10 termijnen met automatische incasso.</p>`,
      `Bent u het niet eens met de WOZ-waarde? Maak dan binnen 6 weken bezwaar via <a href="${website(context.gemeente)}/belastingen">${website(context.gemeente).slice(8)}/belastingen</a>.`,
    ],
    actie: { omschrijving: `Betaal ${bedrag(ozb + afval + riool)}`, deadline: isoDatum(deadline) },
    bijlagen: [`Aanslagbiljet en WOZ-beschikking ${jaar}.pdf`],
  })
}

export const paspoortKlaar: Sjabloon = (context) => {
  const deadline = plusDagen(context.verzonden, 90)
  return brief(context, {
    afzender: context.gemeente, type: 'notificatie',
    onderwerp: 'Uw paspoort ligt klaar',
    alineas: [
      'Uw nieuwe paspoort ligt klaar. U kunt het ophalen bij de balie in het Stadskantoor. Maak daarvoor eerst een afspraak.',
      'Neem uw oude paspoort mee. Dat maken wij dan ongeldig.',
      `Haal uw paspoort op vóór ${langeDatum(deadline)}. Daarna wordt het vernietigd.`,
    ],
    actie: { omschrijving: 'Haal uw paspoort op', deadline: isoDatum(deadline) },
  })
}

export const verhuizingVerwerkt: Sjabloon = (context) =>
  brief(context, {
    afzender: context.gemeente, type: 'notificatie',
    onderwerp: 'Wij hebben uw verhuizing verwerkt',
    alineas: [
      'U heeft uw verhuizing aan ons doorgegeven. Wij hebben uw nieuwe adres ingeschreven in de Basisregistratie Personen (BRP).',
      'Andere overheidsorganisaties, zoals de Belastingdienst, krijgen uw nieuwe adres automatisch. U hoeft het niet zelf aan hen door te geven.',
    ],
  })

export const afspraakBevestigd: Sjabloon = (context) =>
  brief(context, {
    afzender: context.gemeente, type: 'notificatie',
    onderwerp: 'Bevestiging van uw afspraak',
    alineas: [
      `U heeft een afspraak gemaakt op ${langeDatum(plusDagen(context.verzonden, 9))} om ${context.rng.int(9, 15)}.${context.rng.pick(['00', '15', '30', '45'])} uur.`,
      `Uw afspraaknummer is ${kenmerk(context.rng, 2)}. Neem een geldig identiteitsbewijs mee.`,
      `Kunt u niet komen? Zeg de afspraak dan af via <a href="${website(context.gemeente)}/afspraak">${website(context.gemeente).slice(8)}/afspraak</a>.`,
    ],
  })

export const parkeervergunningVerloopt: Sjabloon = (context) => {
  const deadline = plusDagen(context.verzonden, 28)
  return brief(context, {
    afzender: context.gemeente, type: 'herinnering',
    onderwerp: 'Uw parkeervergunning verloopt binnenkort',
    alineas: [
      `Uw parkeervergunning voor de auto met kenteken ${context.kenteken} verloopt op ${langeDatum(deadline)}.`,
      'Wilt u de vergunning houden? Verleng hem dan op tijd. Doet u dat niet, dan mag u daarna niet meer in uw wijk parkeren zonder te betalen.',
    ],
    actie: { omschrijving: 'Verleng uw parkeervergunning', deadline: isoDatum(deadline) },
  })
}

export const besluitWmo: Sjabloon = (context) =>
  brief(context, {
    afzender: context.gemeente, type: 'beschikking',
    onderwerp: 'Besluit over uw aanvraag voor hulp bij het huishouden',
    alineas: [
      'U heeft hulp bij het huishouden aangevraagd via de Wet maatschappelijke ondersteuning (Wmo). Wij hebben uw aanvraag bekeken.',
      'U krijgt 3 uur hulp per week. De zorgaanbieder neemt binnen 2 weken contact met u op.',
      'In de bijlage leest u het hele besluit. Bent u het er niet mee eens? Dan kunt u binnen 6 weken bezwaar maken.',
    ],
    bijlagen: ['Besluit Wmo hulp bij het huishouden.pdf'],
  })
