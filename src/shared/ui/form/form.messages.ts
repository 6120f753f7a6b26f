import type { Translation } from '@/shared/i18n'

/**
 * Texts of the shared form kit. Loaded with the form parts (useFeatureMessages), not in the first load:
 * only lazily loaded views have forms.
 */
const nl = {
  form: {
    errorSummary: {
      title: 'Er is iets niet goed ingevuld',
      titlePrefix: 'Fout:',
    },
    errorPrefix: 'Fout:',
    characterCount: {
      limit: 'U kunt maximaal {max} tekens invullen.',
      remaining: 'U heeft nog 1 teken | U heeft nog {count} tekens',
      tooMany: 'U heeft 1 teken te veel | U heeft {count} tekens te veel',
    },
    date: {
      day: 'Dag',
      month: 'Maand',
      year: 'Jaar',
      errors: {
        empty: 'Vul een datum in.',
        incomplete: 'De datum is niet compleet. Vul de dag, de maand en het jaar in.',
        day: 'De dag moet een getal zijn van 1 tot en met 31.',
        month: 'De maand moet een getal zijn van 1 tot en met 12.',
        year: 'Het jaar moet 4 cijfers hebben, bijvoorbeeld 1985.',
        notReal: 'Deze datum bestaat niet. Kijk of de dag en de maand kloppen.',
      },
    },
    file: {
      size: 'Grootte: {size}',
      or: 'of',
      progress: '{percent}% geüpload',
      progressLabel: 'Voortgang van het uploaden',
      done: 'Geüpload',
      cancel: 'Uploaden stoppen',
      remove: 'Verwijderen',
      removeName: '{name} verwijderen',
      status: {
        uploading: '{name} wordt geüpload.',
        uploaded: '{name} is geüpload.',
        cancelled: 'Het uploaden van {name} is gestopt.',
        removed: '{name} is verwijderd.',
      },
      errors: {
        type: 'Dit soort bestand kunt u niet uploaden. Kies een bestand van het type {types}.',
        size: 'Het bestand is te groot. Kies een bestand van maximaal {max}.',
        empty: 'Het bestand is leeg. Kies een ander bestand.',
        failed: 'Het uploaden is niet gelukt. Probeer het opnieuw.',
      },
    },
  },
}

const en: Translation<typeof nl> = {
  form: {
    errorSummary: {
      title: 'Something is not filled in correctly',
      titlePrefix: 'Error:',
    },
    errorPrefix: 'Error:',
    characterCount: {
      limit: 'You can enter up to {max} characters.',
      remaining: 'You have 1 character left | You have {count} characters left',
      tooMany: 'You have 1 character too many | You have {count} characters too many',
    },
    date: {
      day: 'Day',
      month: 'Month',
      year: 'Year',
      errors: {
        empty: 'Enter a date.',
        incomplete: 'The date is not complete. Enter the day, the month and the year.',
        day: 'The day must be a number from 1 to 31.',
        month: 'The month must be a number from 1 to 12.',
        year: 'The year must have 4 digits, for example 1985.',
        notReal: 'This date does not exist. Check the day and the month.',
      },
    },
    file: {
      size: 'Size: {size}',
      or: 'or',
      progress: '{percent}% uploaded',
      progressLabel: 'Upload progress',
      done: 'Uploaded',
      cancel: 'Stop uploading',
      remove: 'Remove',
      removeName: 'Remove {name}',
      status: {
        uploading: '{name} is uploading.',
        uploaded: '{name} has been uploaded.',
        cancelled: 'Uploading {name} has stopped.',
        removed: '{name} has been removed.',
      },
      errors: {
        type: 'You cannot upload this kind of file. Choose a file of the type {types}.',
        size: 'The file is too large. Choose a file of at most {max}.',
        empty: 'The file is empty. Choose another file.',
        failed: 'The upload did not work. Please try again.',
      },
    },
  },
}

export const formMessages = { nl, en }
