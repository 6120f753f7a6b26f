import type { FeatureMessages } from '@/shared/feature'
import type { Translation } from '@/shared/i18n'

const nl = {
  wachtrij: {
    titel: 'Wacht op verbinding',
    uitleg: 'Wat u deed zonder internet, staat hier. Het wordt verstuurd zodra u weer online bent, in de volgorde waarin u het deed.',
    leeg: 'Er wacht niets. Alles wat u deed, is verstuurd.',
    wachtKop: 'Wacht nog',
    nietGeluktKop: 'Niet gelukt',
    nietGeluktUitleg: 'Dit kon de organisatie niet uitvoeren, meestal omdat er intussen iets veranderd is. Kijk of het nog nodig is.',
    gedaanOp: 'Gedaan op {tijd}',
    annuleer: 'Niet versturen',
    gezien: 'Gezien, weghalen',
    geannuleerd: 'Dit wordt niet verstuurd: {titel}',
    weggehaald: 'Weggehaald: {titel}',
    reden: 'Reden: {reden}',
    onbekendeReden: 'De organisatie gaf geen reden.',
    nuVersturen: 'Nu versturen',
    verstuurd: 'Alles is verstuurd.',
    nogNiet: 'Er wacht niets. | Het lukte nog niet: 1 actie wacht nog. Probeer het later opnieuw. | Het lukte nog niet: {count} acties wachten nog. Probeer het later opnieuw.',
  },
}

const en: Translation<typeof nl> = {
  wachtrij: {
    titel: 'Waiting for a connection',
    uitleg: 'What you did without internet is listed here. It is sent as soon as you are back online, in the order you did it.',
    leeg: 'Nothing is waiting. Everything you did has been sent.',
    wachtKop: 'Still waiting',
    nietGeluktKop: 'Did not work',
    nietGeluktUitleg: 'The organisation could not carry this out, usually because something changed in the meantime. Check whether it is still needed.',
    gedaanOp: 'Done on {tijd}',
    annuleer: 'Do not send',
    gezien: 'Seen, remove',
    geannuleerd: 'This will not be sent: {titel}',
    weggehaald: 'Removed: {titel}',
    reden: 'Reason: {reden}',
    onbekendeReden: 'The organisation gave no reason.',
    nuVersturen: 'Send now',
    verstuurd: 'Everything has been sent.',
    nogNiet: 'Nothing is waiting. | It did not work yet: 1 action is still waiting. Please try again later. | It did not work yet: {count} actions are still waiting. Please try again later.',
  },
}

export const wachtrijMessages: FeatureMessages = { nl, en }
