import type { Translation } from '@/shared/i18n'

/**
 * Texts of what a person does on a zaak: tasks (upload, answer) and asking a question. Dutch at B1 is the source.
 * Placeholders: {omschrijving}, {datum}, {antwoord}, {types}, {max}. No @ | $ or braces in the texts
 * themselves: vue-i18n gives them meaning.
 */
const nl = {
  zaken: {
    acties: {
      taken: {
        titel: 'Wat u moet doen',
        geen: 'U hoeft op dit moment niets te doen voor deze zaak.',
        open: 'Nog te doen',
        gedaan: 'Gedaan',
        voor: '{omschrijving} vóór {datum}',
        verlopen: 'De datum is voorbij. Doe het zo snel mogelijk.',
        gedaanOp: 'Gedaan op {datum}.',
        uwAntwoord: 'Uw antwoord: {antwoord}',
        brief: 'Lees de brief die hierbij hoort',
        afgerond: 'Gelukt. U heeft de taak gedaan: {omschrijving}.',
      },
      upload: {
        label: 'Kies een bestand',
        uitleg: 'U kunt een bestand van het type {types} sturen, van hoogstens {max}.',
        of: 'of',
        opnieuw: 'Probeer opnieuw',
        fouten: {
          teGroot: 'Dit bestand is te groot. Het mag hoogstens {max} zijn. Kies een kleiner bestand, of maak een scan met minder kwaliteit.',
          verkeerdType:
            'We kunnen dit bestand niet aannemen. Het is geen echt bestand van het type {types}, of de naam past niet bij wat erin staat. Kies een ander bestand.',
          verbinding: 'De verbinding viel weg. Uw bestand is niet verstuurd. Probeer het opnieuw. U hoeft het bestand niet opnieuw te kiezen.',
          dienst: 'Er ging iets mis bij de organisatie. Uw bestand is niet verstuurd. Probeer het opnieuw. U hoeft het bestand niet opnieuw te kiezen.',
          alGedaan: 'Deze taak is al gedaan. U hoeft niets meer te sturen.',
          weg: 'Deze taak bestaat niet meer. U hoeft niets te sturen.',
        },
      },
      antwoord: {
        label: 'Uw antwoord',
        versturen: 'Antwoord versturen',
        mislukt: 'Uw antwoord is niet verstuurd',
        wacht: 'U bent offline. Uw antwoord wordt verstuurd zodra u weer online bent. Tot dan staat het bij "Wacht op verbinding".',
        fouten: {
          leeg: 'Schrijf uw antwoord.',
          teLang: 'Uw antwoord is te lang. Gebruik hoogstens {max} tekens.',
        },
      },
      vraag: {
        titel: 'Een vraag stellen over deze zaak',
        uitleg: 'De organisatie beantwoordt uw vraag. U ziet uw vraag en het antwoord bij de geschiedenis van deze zaak.',
        label: 'Uw vraag',
        versturen: 'Versturen',
        verstuurd: 'Uw vraag is verstuurd. U ziet het antwoord bij de geschiedenis van deze zaak.',
        mislukt: 'Uw vraag is niet verstuurd',
        fouten: {
          leeg: 'Schrijf uw vraag.',
          teLang: 'Uw vraag is te lang. Gebruik hoogstens {max} tekens.',
        },
      },
    },
  },
}

const en: Translation<typeof nl> = {
  zaken: {
    acties: {
      taken: {
        titel: 'What you need to do',
        geen: 'There is nothing you need to do for this case right now.',
        open: 'To do',
        gedaan: 'Done',
        voor: '{omschrijving} before {datum}',
        verlopen: 'The date has passed. Please do it as soon as possible.',
        gedaanOp: 'Done on {datum}.',
        uwAntwoord: 'Your answer: {antwoord}',
        brief: 'Read the letter that belongs to this',
        afgerond: 'Done. You have completed the task: {omschrijving}.',
      },
      upload: {
        label: 'Choose a file',
        uitleg: 'You can send a file of the type {types}, of at most {max}.',
        of: 'or',
        opnieuw: 'Try again',
        fouten: {
          teGroot: 'This file is too large. It may be at most {max}. Choose a smaller file, or make a scan with lower quality.',
          verkeerdType: 'We cannot accept this file. It is not a real file of the type {types}, or its name does not match what is in it. Choose another file.',
          verbinding: 'The connection was lost. Your file has not been sent. Please try again. You do not need to choose the file again.',
          dienst: 'Something went wrong at the organisation. Your file has not been sent. Please try again. You do not need to choose the file again.',
          alGedaan: 'This task has already been done. You do not need to send anything.',
          weg: 'This task no longer exists. You do not need to send anything.',
        },
      },
      antwoord: {
        label: 'Your answer',
        versturen: 'Send answer',
        mislukt: 'Your answer has not been sent',
        wacht: 'You are offline. Your answer will be sent as soon as you are back online. Until then it is under "Waiting for a connection".',
        fouten: {
          leeg: 'Write your answer.',
          teLang: 'Your answer is too long. Use at most {max} characters.',
        },
      },
      vraag: {
        titel: 'Ask a question about this case',
        uitleg: 'The organisation will answer your question. You will see your question and the answer in the history of this case.',
        label: 'Your question',
        versturen: 'Send',
        verstuurd: 'Your question has been sent. You will see the answer in the history of this case.',
        mislukt: 'Your question has not been sent',
        fouten: {
          leeg: 'Write your question.',
          teLang: 'Your question is too long. Use at most {max} characters.',
        },
      },
    },
  },
}

export const zaakActiesMessages = { nl, en }
