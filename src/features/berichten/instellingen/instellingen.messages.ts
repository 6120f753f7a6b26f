import type { Translation } from '@/shared/i18n'

/**
 * Texts of the Berichtenbox settings; loaded with that page only. Dutch at B1 is the source.
 * Only {name} placeholders: no plural forms, so numbers stand where the sentence reads well with any value.
 * No @ | $ or braces in the texts themselves: an example address comes in through a placeholder.
 */
const nl = {
  berichtenInstellingen: {
    title: 'Instellingen Berichtenbox',
    intro: 'Kies hier hoe wij u laten weten dat er nieuwe post is. En van welke organisaties u post digitaal krijgt.',
    terug: 'Terug naar Berichten',
    laden: 'We halen uw instellingen op.',
    email: {
      title: 'E-mail bij nieuwe post',
      intro: 'Komt er nieuwe post in uw Berichtenbox? Dan sturen we u een e-mail. In die e-mail staat niet wat er in de brief staat.',
      geenAdres: 'U heeft nog geen e-mailadres opgegeven. Daarom krijgt u nu geen e-mail als er nieuwe post is.',
      huidigAdres: 'Uw e-mailadres:',
      wachtend: 'Nieuw e-mailadres, nog niet bevestigd:',
      wachtendUitleg: 'Tot u het nieuwe adres bevestigt, sturen we e-mail naar uw oude adres.',
      bevestigd: 'Dit e-mailadres is bevestigd.',
      nietBevestigd: 'Dit e-mailadres is nog niet bevestigd. We sturen pas e-mail naar dit adres als u het heeft bevestigd.',
      label: 'E-mailadres',
      uitleg: 'We sturen een code van 6 cijfers naar dit adres. Zo weten we zeker dat het adres van u is.',
      versturen: 'Code versturen',
      codeVerstuurd: 'We hebben een code gestuurd naar {email}.',
      bevestigdMelding: 'Uw e-mailadres is bevestigd.',
      fouten: {
        leeg: 'Vul uw e-mailadres in.',
        ongeldig: 'Vul een geldig e-mailadres in, zoals {voorbeeld}.',
        teLang: 'Dit e-mailadres is te lang. Een e-mailadres heeft hoogstens 254 tekens.',
      },
    },
    code: {
      label: 'Verificatiecode',
      uitleg: 'We hebben een code van 6 cijfers gestuurd naar {email}. De code werkt 15 minuten.',
      bevestigen: 'Bevestigen',
      nieuweCode: 'Nieuwe code versturen',
      nieuweCodeVerstuurd: 'We hebben een nieuwe code gestuurd naar {email}. De oude code werkt niet meer.',
      fouten: {
        leeg: 'Vul de code in die we u hebben gemaild.',
        formaat: 'De code bestaat uit 6 cijfers. Vul alleen de cijfers in.',
        onjuist: 'De code klopt niet. U kunt het nog {pogingen} keer proberen.',
        onjuistOnbekend: 'De code klopt niet. Kijk goed in de e-mail en probeer het opnieuw.',
        'te-vaak-onjuist': 'U heeft 3 keer een verkeerde code ingevuld. Daarom werkt deze code niet meer. Vraag een nieuwe code aan.',
        'code-verlopen': 'Deze code werkt niet meer, want hij is ouder dan 15 minuten. Vraag een nieuwe code aan.',
        'geen-code': 'Er is geen code meer die u kunt invullen. Vraag een nieuwe code aan.',
      },
    },
    herinnering: {
      title: 'Herinnering',
      uitleg: 'Heeft u post na een tijd nog niet gelezen? Dan kunnen we u nog een keer een e-mail sturen.',
      label: 'Stuur mij een herinnering als ik post niet heb gelezen',
    },
    organisaties: {
      title: 'Welke organisaties mogen u digitaal post sturen?',
      uitleg: 'Haal het vinkje weg bij een organisatie als u haar post liever op papier krijgt. Post die al in uw Berichtenbox staat, blijft daar.',
      opslaan: 'Instellingen opslaan',
      opgeslagen: 'Uw instellingen zijn opgeslagen.',
    },
  },
}

const en: Translation<typeof nl> = {
  berichtenInstellingen: {
    title: 'Berichtenbox settings',
    intro: 'Choose here how we let you know that there is new post. And from which organisations you receive post digitally.',
    terug: 'Back to Messages',
    laden: 'We are fetching your settings.',
    email: {
      title: 'E-mail about new post',
      intro: 'Is there new post in your Berichtenbox? Then we send you an e-mail. That e-mail does not say what the letter is about.',
      geenAdres: 'You have not given an e-mail address yet. So you do not get an e-mail when there is new post.',
      huidigAdres: 'Your e-mail address:',
      wachtend: 'New e-mail address, not confirmed yet:',
      wachtendUitleg: 'Until you confirm the new address, we send e-mail to your old address.',
      bevestigd: 'This e-mail address has been confirmed.',
      nietBevestigd: 'This e-mail address has not been confirmed yet. We only send e-mail to this address after you confirm it.',
      label: 'E-mail address',
      uitleg: 'We send a 6-digit code to this address. That way we know for sure that the address is yours.',
      versturen: 'Send code',
      codeVerstuurd: 'We have sent a code to {email}.',
      bevestigdMelding: 'Your e-mail address has been confirmed.',
      fouten: {
        leeg: 'Enter your e-mail address.',
        ongeldig: 'Enter a valid e-mail address, such as {voorbeeld}.',
        teLang: 'This e-mail address is too long. An e-mail address has 254 characters at most.',
      },
    },
    code: {
      label: 'Verification code',
      uitleg: 'We have sent a 6-digit code to {email}. The code works for 15 minutes.',
      bevestigen: 'Confirm',
      nieuweCode: 'Send a new code',
      nieuweCodeVerstuurd: 'We have sent a new code to {email}. The old code no longer works.',
      fouten: {
        leeg: 'Enter the code we e-mailed to you.',
        formaat: 'The code has 6 digits. Enter the digits only.',
        onjuist: 'The code is not correct. Attempts left: {pogingen}.',
        onjuistOnbekend: 'The code is not correct. Check the e-mail carefully and try again.',
        'te-vaak-onjuist': 'You entered a wrong code 3 times. That is why this code no longer works. Ask for a new code.',
        'code-verlopen': 'This code no longer works, because it is older than 15 minutes. Ask for a new code.',
        'geen-code': 'There is no code left that you can enter. Ask for a new code.',
      },
    },
    herinnering: {
      title: 'Reminder',
      uitleg: 'Have you still not read post after a while? Then we can send you another e-mail.',
      label: 'Send me a reminder if I have not read my post',
    },
    organisaties: {
      title: 'Which organisations may send you post digitally?',
      uitleg: 'Untick an organisation if you would rather receive its post on paper. Post that is already in your Berichtenbox stays there.',
      opslaan: 'Save settings',
      opgeslagen: 'Your settings have been saved.',
    },
  },
}

export const instellingenMessages = { nl, en }
