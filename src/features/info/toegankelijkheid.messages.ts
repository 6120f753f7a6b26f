import type { Translation } from '@/shared/i18n'

/**
 * The toegankelijkheidsverklaring, in the order of the model statement of digitoegankelijk.nl. It claims only
 * what the tests show (README: "Accessibility evidence"); what needs people with screen readers is said too.
 */
const nl = {
  toegankelijkheid: {
    title: 'Toegankelijkheidsverklaring',
    intro: 'Iedereen moet Mijn Overheid kunnen gebruiken: ook als u slecht ziet, niet met een muis werkt of moeite heeft met lezen. Hier leest u hoe ver wij daarmee zijn.',
    statusTitle: 'Status: eerste maatregelen genomen',
    status:
      'Mijn Overheid moet voldoen aan de Europese norm EN 301 549. Die volgt de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau AA. Een onafhankelijke deskundige heeft de website nog niet helemaal onderzocht. Daarom is de status nu: eerste maatregelen genomen (C). Wij testen wel elk scherm bij elke wijziging. Wat die tests laten zien, staat hieronder.',
    datum: 'Deze verklaring is opgesteld op 2 december 2026. De tests draaien opnieuw bij elke wijziging van de website.',
    testsTitle: 'Wat onze tests laten zien',
    tests1: 'Elk scherm is gecontroleerd, in de toestanden die testers nodig hebben (leeg, met een storing, met invulfouten, namens iemand anders, offline, met de waarschuwing voor uitloggen), met axe-core op de eisen van WCAG 2.1 A en AA: op 320 en 1280 pixels breed, in licht, donker en met geforceerde kleuren (hoog contrast). Er zijn geen fouten gevonden.',
    tests2: 'Op 320 pixels breed hoeft u nergens opzij te scrollen. Met tekst op 200% en met meer ruimte tussen regels, woorden en letters (WCAG 1.4.12) wordt geen tekst afgesneden: dat meten wij.',
    tests3: 'Inloggen, een bericht lezen en archiveren, een zaak volgen en een bestand sturen, iemand machtigen en dat weer intrekken, en een fout laten aanpassen: dat kan allemaal met alleen een toetsenbord. Bij elke toets is zichtbaar waar u bent. Inloggen en een bericht lezen zijn ook in donkere modus zo getest.',
    tests4: 'Met geforceerde kleuren blijft elke toestand te zien: waar u bent in het menu, wat u heeft gekozen, een veld met een fout, een ongelezen bericht, de stappen van een zaak.',
    tests5: 'Wat er verandert, biedt de website één keer aan als melding voor schermlezers: een nieuwe pagina, zoekresultaten, een bericht dat is gearchiveerd of niet, een storing, een zaak die verder gaat, offline en weer online. Dat is getest in de code van de pagina, nog niet met schermlezers zelf.',
    tests6: 'Elk onderdeel van de website heeft een eigen test met axe-core.',
    handmatigTitle: 'Wat nog door mensen getest moet worden',
    handmatig: 'Automatische tests vinden niet alles. Deze onderzoeken moeten nog gebeuren, met mensen die deze hulpmiddelen elke dag gebruiken:',
    handmatig1: 'Met de schermlezers NVDA (Windows), VoiceOver (Mac en iPhone) en TalkBack (Android): of alles goed en in een logische volgorde wordt voorgelezen.',
    handmatig2: 'Met spraakbesturing, zoals Voice Control en Dragon.',
    handmatig3: 'Met vergroting tot 400% op echte telefoons en computers.',
    handmatig4: 'Of de teksten duidelijk zijn voor mensen die moeite hebben met lezen (taalniveau B1).',
    problemenTitle: 'Bekende problemen en wanneer wij ze oplossen',
    probleem1: 'Het onderzoek door een onafhankelijke deskundige volgens WCAG-EM is nog niet gedaan. Gepland: eerste kwartaal van 2027.',
    probleem2: 'In de Engelse versie staan nog enkele Nederlandse woorden, zoals namen van gegevens uit registraties. Een schermlezer spreekt die met Engelse uitspraak uit (WCAG 3.1.2). Gepland: eerste kwartaal van 2027.',
    probleem3: 'Sommige knoppen laten niet zien dat ze bezig zijn; alleen een schermlezer meldt het. Gepland: eerste kwartaal van 2027.',
    probleem4: 'Bijlagen (pdf) komen van de organisaties zelf. Wij hebben niet getest of die toegankelijk zijn.',
    problemTitle: 'Loopt u ergens tegenaan?',
    problem: 'Laat het ons weten via de contactpagina. Wij antwoorden binnen 5 werkdagen. Zo nodig helpen wij u op een andere manier.',
    contactLink: 'Naar de contactpagina',
    handhavingTitle: 'Bent u niet tevreden met ons antwoord?',
    handhaving: 'Dan kunt u een klacht indienen bij de Nationale ombudsman.',
    handhavingLink: 'Naar de website van de Nationale ombudsman',
  },
}

const en: Translation<typeof nl> = {
  toegankelijkheid: {
    title: 'Accessibility statement',
    intro: 'Everyone should be able to use Mijn Overheid: also if you have poor eyesight, do not use a mouse or find reading hard. Here you can read how far we are.',
    statusTitle: 'Status: first measures taken',
    status:
      'Mijn Overheid must meet the European standard EN 301 549. It follows the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA. An independent expert has not yet examined the whole website. So the status is now: first measures taken (C). We do test every screen with every change. What those tests show is below.',
    datum: 'This statement was drawn up on 2 December 2026. The tests run again with every change to the website.',
    testsTitle: 'What our tests show',
    tests1: 'Every screen was checked, in the states testers need (empty, with a fault, with input errors, on behalf of someone else, offline, with the logout warning), with axe-core against WCAG 2.1 A and AA: at 320 and 1280 pixels wide, in light, dark and forced colours (high contrast). No errors were found.',
    tests2: 'At 320 pixels wide you never need to scroll sideways. With text at 200% and with more space between lines, words and letters (WCAG 1.4.12) no text is cut off: we measure that.',
    tests3: 'Logging in, reading and archiving a letter, following a case and sending a file, authorising someone and revoking it, and having an error corrected: all of it works with a keyboard only. With every key you can see where you are. Logging in and reading a letter were also tested this way in dark mode.',
    tests4: 'In forced colours every state stays visible: where you are in the menu, what you chose, a field with an error, an unread letter, the steps of a case.',
    tests5: 'What changes, the website offers once as a message for screen readers: a new page, search results, a letter archived or not, a fault, a case moving on, offline and back online. This was tested in the page\'s code, not yet with screen readers themselves.',
    tests6: 'Every part of the website has its own test with axe-core.',
    handmatigTitle: 'What people still need to test',
    handmatig: 'Automated tests do not find everything. These checks still need to be done, by people who use these tools every day:',
    handmatig1: 'With the screen readers NVDA (Windows), VoiceOver (Mac and iPhone) and TalkBack (Android): whether everything is read out well and in a logical order.',
    handmatig2: 'With voice control, such as Voice Control and Dragon.',
    handmatig3: 'With zoom up to 400% on real phones and computers.',
    handmatig4: 'Whether the texts are clear for people who find reading hard (language level B1).',
    problemenTitle: 'Known problems and when we fix them',
    probleem1: 'The examination by an independent expert following WCAG-EM has not been done yet. Planned: first quarter of 2027.',
    probleem2: 'The English version still has some Dutch words, such as names of data from registers. A screen reader reads them with English pronunciation (WCAG 3.1.2). Planned: first quarter of 2027.',
    probleem3: 'Some buttons do not show that they are busy; only a screen reader says so. Planned: first quarter of 2027.',
    probleem4: 'Attachments (pdf) come from the organisations themselves. We have not tested whether they are accessible.',
    problemTitle: 'Are you running into a problem?',
    problem: 'Let us know via the contact page. We answer within 5 working days. If needed, we help you in another way.',
    contactLink: 'Go to the contact page',
    handhavingTitle: 'Not satisfied with our answer?',
    handhaving: 'Then you can file a complaint with the National Ombudsman.',
    handhavingLink: 'Go to the website of the National Ombudsman',
  },
}

export const toegankelijkheidMessages = { nl, en }
