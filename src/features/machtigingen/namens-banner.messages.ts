import type { FeatureMessages } from '@/shared/feature'
import { dienstenMessages } from './diensten.messages'

const nl = {
  namensBanner: {
    titel: 'U regelt zaken voor {naam}',
    titelBewind: 'U regelt zaken voor {naam} (beschermingsbewind)',
    titelOnbekend: 'U regelt zaken voor iemand anders',
    voor: 'Uw machtiging geldt voor:',
    tot: 'Geldig tot en met {datum}.',
    ingetrokken: 'Uw machtiging voor {naam} is ingetrokken. U kunt niets meer voor deze persoon regelen.',
    verlopen: 'Uw machtiging voor {naam} is verlopen. U kunt niets meer voor deze persoon regelen.',
    geen: 'U heeft geen machtiging van {naam}. U kunt niets voor deze persoon regelen.',
    fout: 'We weten nu niet wat uw machtiging dekt. Daarom ziet u nog niets van deze persoon.',
    stoppen: 'Stoppen',
    stoppenWie: 'met zaken regelen voor {naam}',
    bezig: 'Bezig…',
    anderen: 'Iemand anders kiezen',
    mislukt: 'Stoppen lukt nu niet: DigiD is niet bereikbaar. Probeer het zo opnieuw.',
    buiten: {
      titel: 'Dit valt buiten uw machtiging',
      ingetrokken: 'Uw machtiging is ingetrokken',
      verlopen: 'Uw machtiging is verlopen',
      geen: 'U heeft geen machtiging',
      tekst: 'U regelt zaken voor {naam}. Uw machtiging geldt niet voor dit onderdeel. Dit kan alleen {naam} zelf doen.',
      eigen: 'Terug naar uw eigen zaken',
      overzicht: 'Naar het overzicht',
    },
  },
}

const en: typeof nl = {
  namensBanner: {
    titel: 'You are acting for {naam}',
    titelBewind: 'You are acting for {naam} (protective administration)',
    titelOnbekend: 'You are acting for someone else',
    voor: 'Your authorisation covers:',
    tot: 'Valid until and including {datum}.',
    ingetrokken: 'Your authorisation for {naam} has been withdrawn. You can no longer do anything for this person.',
    verlopen: 'Your authorisation for {naam} has expired. You can no longer do anything for this person.',
    geen: 'You have no authorisation from {naam}. You cannot do anything for this person.',
    fout: 'We do not know right now what your authorisation covers. That is why you see nothing of this person yet.',
    stoppen: 'Stop',
    stoppenWie: 'acting for {naam}',
    bezig: 'Working…',
    anderen: 'Choose someone else',
    mislukt: 'Stopping does not work right now: DigiD cannot be reached. Try again shortly.',
    buiten: {
      titel: 'Your authorisation does not cover this',
      ingetrokken: 'Your authorisation was withdrawn',
      verlopen: 'Your authorisation has expired',
      geen: 'You have no authorisation',
      tekst: 'You are acting for {naam}. Your authorisation does not cover this part. Only {naam} can do this.',
      eigen: 'Back to your own affairs',
      overzicht: 'To the overview',
    },
  },
}

/**
 * The problem texts for a 403 `buiten-machtiging` (src/shared/http/describe-error.ts): only someone acting for
 * another gets one, and then this banner is on the page, so they load with it instead of in the first load.
 */
const buitenNl = {
  http: {
    errors: {
      outsideMachtiging: {
        notCovered: {
          title: 'Dit valt buiten uw machtiging',
          detail: 'U regelt zaken voor iemand anders. Uw machtiging geldt niet hiervoor. Dit kan alleen de persoon zelf doen.',
        },
        revoked: {
          title: 'Uw machtiging is ingetrokken',
          detail: 'De persoon voor wie u zaken regelde, heeft uw machtiging ingetrokken. U kunt niets meer voor deze persoon doen.',
        },
        expired: {
          title: 'Uw machtiging is verlopen',
          detail: 'De machtiging geldt niet meer. U kunt niets meer doen voor de persoon voor wie u zaken regelde.',
        },
      },
    },
  },
}

const buitenEn: typeof buitenNl = {
  http: {
    errors: {
      outsideMachtiging: {
        notCovered: {
          title: 'Your authorisation does not cover this',
          detail: 'You are acting for someone else. Your authorisation does not cover this. Only the person themselves can do it.',
        },
        revoked: {
          title: 'Your authorisation was withdrawn',
          detail: 'The person you were acting for has withdrawn your authorisation. You can no longer do anything for this person.',
        },
        expired: {
          title: 'Your authorisation has expired',
          detail: 'The authorisation is no longer valid. You can no longer do anything for the person you were acting for.',
        },
      },
    },
  },
}

export const namensBannerMessages: FeatureMessages = {
  nl: { ...nl, ...buitenNl, ...dienstenMessages.nl },
  en: { ...en, ...buitenEn, ...dienstenMessages.en },
}
