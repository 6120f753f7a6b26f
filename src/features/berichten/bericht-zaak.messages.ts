import type { Translation } from '@/shared/i18n'

/**
 * Texts of a letter's zaak and of "Reageren"; they load with the letter. Dutch at B1 is the source.
 * Only {name} placeholders, no plural forms.
 */
const nl = {
  berichtZaak: {
    titel: 'Uw zaak',
    hoortBij: 'Deze brief hoort bij uw zaak:',
    reagerenUitleg: '{organisatie} vraagt u in deze brief om informatie. U kunt hier reageren en bestanden meesturen.',
    reageren: 'Reageren',
    verstuurd: 'Uw reactie is verstuurd naar {organisatie}.',
    form: {
      titel: 'Uw reactie aan {organisatie}',
      uitleg: 'Uw reactie en uw bestanden komen bij uw zaak. {organisatie} ziet ze daar.',
      tekst: 'Uw reactie',
      tekstUitleg: 'Schrijf wat u wilt laten weten. Stuurt u bestanden mee? Zeg dan kort wat erin staat.',
      bijlage: 'Bestand {nummer} (niet verplicht)',
      bijlageUitleg: 'Een PDF, JPG of PNG van hoogstens {max}. U kunt tot {aantal} bestanden meesturen.',
      versturen: 'Versturen',
      annuleren: 'Annuleren',
      fouten: {
        leeg: 'Schrijf uw reactie.',
        teLang: 'Uw reactie is te lang. Gebruik hoogstens {max} tekens.',
        uploadend: 'Wacht tot {naam} helemaal is geüpload. Of stop het uploaden.',
      },
      mislukt: 'Uw reactie is niet verstuurd.',
      bewaard: 'Wat u schreef en uw bestanden staan er nog.',
      opnieuw: 'Probeer het opnieuw.',
    },
  },
}

const en: Translation<typeof nl> = {
  berichtZaak: {
    titel: 'Your case',
    hoortBij: 'This letter belongs to your case:',
    reagerenUitleg: '{organisatie} asks you for information in this letter. You can reply here and send files with your reply.',
    reageren: 'Reply',
    verstuurd: 'Your reply has been sent to {organisatie}.',
    form: {
      titel: 'Your reply to {organisatie}',
      uitleg: 'Your reply and your files are added to your case. {organisatie} sees them there.',
      tekst: 'Your reply',
      tekstUitleg: 'Write what you want to tell them. Are you sending files? Then say briefly what is in them.',
      bijlage: 'File {nummer} (optional)',
      bijlageUitleg: 'A PDF, JPG or PNG of at most {max}. You can send up to {aantal} files.',
      versturen: 'Send',
      annuleren: 'Cancel',
      fouten: {
        leeg: 'Write your reply.',
        teLang: 'Your reply is too long. Use at most {max} characters.',
        uploadend: 'Wait until {naam} has been uploaded completely. Or stop the upload.',
      },
      mislukt: 'Your reply has not been sent.',
      bewaard: 'What you wrote and your files are still here.',
      opnieuw: 'Please try again.',
    },
  },
}

export const berichtZaakMessages = { nl, en }
