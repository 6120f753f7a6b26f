import { brief, euro, kenmerk, type Sjabloon } from './brief'
import { bedrag, isoDatum, jaarVan, langeDatum, plusDagen } from '../dates'

const afzender = 'Belastingdienst'
const mijnBelastingdienst = '<a href="https://www.belastingdienst.nl/mijnbelastingdienst">Mijn Belastingdienst</a>'

export const voorlopigeAanslag: Sjabloon = (context) => {
  const jaar = jaarVan(context.verzonden)
  const teBetalen = euro(context.rng, 90, 1400)
  const deadline = plusDagen(context.verzonden, 42)
  return brief(context, {
    afzender, type: 'beschikking',
    onderwerp: `Voorlopige aanslag inkomstenbelasting ${jaar}`,
    alineas: [
      `U krijgt een voorlopige aanslag inkomstenbelasting over ${jaar}. Wij hebben deze aanslag berekend met de gegevens die wij nu van u hebben. U vindt de aanslag in de bijlage.`,
      `<p><strong>U moet ${bedrag(teBetalen)} betalen.</strong> Betaal dit bedrag vóór ${langeDatum(deadline)}. Gebruik daarbij het betalingskenmerk ${kenmerk(context.rng)}.</p>`,
      `Klopt de aanslag niet? Dan kunt u de voorlopige aanslag wijzigen in ${mijnBelastingdienst}.`,
    ],
    actie: { omschrijving: `Betaal ${bedrag(teBetalen)}`, deadline: isoDatum(deadline) },
    bijlagen: [`Voorlopige aanslag inkomstenbelasting ${jaar}.pdf`],
  })
}

export const definitieveAanslag: Sjabloon = (context) => {
  const jaar = jaarVan(context.verzonden) - 1
  const terug = euro(context.rng, 40, 900)
  return brief(context, {
    afzender, type: 'beschikking',
    onderwerp: `Definitieve aanslag inkomstenbelasting ${jaar}`,
    alineas: [
      `Wij hebben uw aangifte inkomstenbelasting over ${jaar} gecontroleerd. U krijgt nu de definitieve aanslag. U vindt deze in de bijlage.`,
      `U krijgt ${bedrag(terug)} terug. Wij betalen dit bedrag binnen 6 weken uit op uw bankrekening.`,
      'Bent u het niet eens met de aanslag? Dan kunt u binnen 6 weken bezwaar maken.',
    ],
    bijlagen: [`Aanslag inkomstenbelasting ${jaar}.pdf`],
  })
}

/** Mentions "aanslag" only in the body: search must look beyond the subject. */
export const aangifteOntvangen: Sjabloon = (context) => {
  const jaar = jaarVan(context.verzonden) - 1
  return brief(context, {
    afzender, type: 'notificatie',
    onderwerp: `Wij hebben uw aangifte over ${jaar} ontvangen`,
    alineas: [
      `Bedankt voor uw aangifte inkomstenbelasting over ${jaar}. Wij hebben uw aangifte op ${langeDatum(context.verzonden)} ontvangen.`,
      'Wij gaan uw aangifte nu verwerken. Binnen 3 maanden krijgt u van ons een aanslag. Daarin staat of u geld terugkrijgt of moet betalen.',
      `U hoeft nu niets te doen. Uw aangifte kunt u altijd terugzien in ${mijnBelastingdienst}.`,
    ],
  })
}

export const aangifteHerinnering: Sjabloon = (context) => {
  const jaar = jaarVan(context.verzonden) - 1
  const deadline = plusDagen(context.verzonden, 30)
  return brief(context, {
    afzender, type: 'herinnering',
    onderwerp: `Herinnering: doe uw aangifte inkomstenbelasting over ${jaar}`,
    alineas: [
      `U heeft een uitnodiging gekregen om aangifte te doen over ${jaar}. Wij hebben uw aangifte nog niet ontvangen.`,
      `Doe uw aangifte vóór ${langeDatum(deadline)}. Dat kan online in ${mijnBelastingdienst}. Veel gegevens hebben wij al voor u ingevuld.`,
      'Lukt het niet om op tijd aangifte te doen? Vraag dan uitstel aan.',
    ],
    actie: { omschrijving: 'Doe uw aangifte inkomstenbelasting', deadline: isoDatum(deadline) },
  })
}

export const voorschotZorgtoeslag: Sjabloon = (context) => {
  const jaar = jaarVan(context.verzonden)
  return brief(context, {
    afzender, type: 'beschikking',
    onderwerp: `Voorschot zorgtoeslag ${jaar}`,
    alineas: [
      `U krijgt in ${jaar} een voorschot zorgtoeslag van ${bedrag(euro(context.rng, 20, 130))} per maand. Wij betalen het voorschot rond de 20e van elke maand.`,
      'Wij hebben het voorschot berekend met uw verwachte inkomen. Verandert uw inkomen of uw situatie? Geef dat dan op tijd door. Zo voorkomt u dat u later moet terugbetalen.',
    ],
    bijlagen: [`Beschikking voorschot zorgtoeslag ${jaar}.pdf`],
  })
}

export const inkomenHuurtoeslag: Sjabloon = (context) => {
  const deadline = plusDagen(context.verzonden, 21)
  return brief(context, {
    afzender, type: 'verzoek-om-informatie',
    onderwerp: 'Wij hebben gegevens nodig over uw inkomen',
    alineas: [
      'U krijgt huurtoeslag. Om de toeslag goed te berekenen, hebben wij meer gegevens nodig over uw inkomen.',
      `Stuur ons vóór ${langeDatum(deadline)} een kopie van uw laatste 3 loonstroken. Dat kan via ${mijnBelastingdienst}.`,
      'Krijgen wij de gegevens niet op tijd? Dan kunnen wij uw huurtoeslag stopzetten.',
    ],
    actie: { omschrijving: 'Stuur uw laatste 3 loonstroken', deadline: isoDatum(deadline) },
  })
}

export const betalingsherinnering: Sjabloon = (context) => {
  const teBetalen = euro(context.rng, 50, 700)
  const deadline = plusDagen(context.verzonden, 14)
  return brief(context, {
    afzender, type: 'betaalverzoek',
    onderwerp: 'Betalingsherinnering: wij hebben uw betaling nog niet ontvangen',
    alineas: [
      `U heeft een aanslag van ons gekregen. Op die aanslag staat nog een bedrag open van ${bedrag(teBetalen)}.`,
      `Betaal dit bedrag vóór ${langeDatum(deadline)} met betalingskenmerk ${kenmerk(context.rng)}. Betaalt u niet op tijd? Dan sturen wij een aanmaning en betaalt u extra kosten.`,
      'Heeft u al betaald? Dan kunt u deze brief vergeten.',
    ],
    actie: { omschrijving: `Betaal ${bedrag(teBetalen)}`, deadline: isoDatum(deadline) },
  })
}
