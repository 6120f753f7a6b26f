// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { leegConcept } from './correctie-concept'
import { controleerContact, controleerContactgegevens, controleerGegeven, controleerGevolgen, naarVerzoek, schoon, veldVanParameter } from './correctie-controle'
import { achternaamYusuf, ingevuldConcept } from './mfo.fixtures'

const VANDAAG = '2026-12-01'
const sleutels = (fouten: { veld: string; sleutel?: string }[]) => fouten.map((fout) => `${fout.veld}:${fout.sleutel ?? ''}`)

describe('the checks of a correctieverzoek', () => {
  it('asks for the right value and an explanation, and refuses the value that is there now', () => {
    expect(sleutels(controleerGegeven(leegConcept(achternaamYusuf)))).toEqual(['gewenste-waarde:gewensteLeeg', 'toelichting:toelichtingLeeg'])
    expect(sleutels(controleerGegeven(ingevuldConcept({ gewensteWaarde: '  El Amarni ' })))).toEqual(['gewenste-waarde:gewensteGelijk'])
    expect(controleerGegeven(ingevuldConcept())).toEqual([])
  })

  it('counts characters as people do, so 10,000 of them are too many and emoji count once', () => {
    const [fout] = controleerGegeven(ingevuldConcept({ toelichting: 'a'.repeat(10_000) }))
    expect(fout).toMatchObject({ veld: 'toelichting', sleutel: 'teLang', params: { max: 2000, aantal: 10_000 } })
    expect(controleerGegeven(ingevuldConcept({ toelichting: '👨‍👩‍👦'.repeat(200) + ' الأمراني' }))).toEqual([])
  })

  it('wants to know about the contact with the organisation, and not on a day still to come', () => {
    expect(sleutels(controleerContact(leegConcept(achternaamYusuf), VANDAAG).fouten)).toEqual(['contact-gehad:contactKiezen'])
    expect(controleerContact(ingevuldConcept({ contactGehad: 'nee', contactAntwoord: '' }), VANDAAG).fouten).toEqual([])
    expect(sleutels(controleerContact(ingevuldConcept({ contactDatum: { day: '2', month: '12', year: '2026' } }), VANDAAG).fouten)).toEqual(['contact-datum:contactToekomst'])
    expect(controleerContact(ingevuldConcept({ contactDatum: { day: '31', month: '2', year: '2026' } }), VANDAAG).fouten[0]).toMatchObject({ veld: 'contact-datum', sleutel: 'form.date.errors.notReal' })
    expect(controleerContact(ingevuldConcept({ contactDatum: { day: '1', month: '12', year: '2026' } }), VANDAAG)).toEqual({ fouten: [], datum: '2026-12-01' })
  })

  it('asks about pausing only when the error causes something', () => {
    expect(controleerGevolgen(ingevuldConcept({ gevolgen: '', opschorten: null }))).toEqual([])
    expect(sleutels(controleerGevolgen(ingevuldConcept({ opschorten: null })))).toEqual(['opschorten:opschortenKiezen'])
  })

  it('needs a way to reach her that works', () => {
    expect(sleutels(controleerContactgegevens(ingevuldConcept({ kanaal: null })))).toEqual(['kanaal:kanaalKiezen'])
    expect(sleutels(controleerContactgegevens(ingevuldConcept({ email: 'fatima' })))).toEqual(['email:emailOngeldig'])
    expect(sleutels(controleerContactgegevens(ingevuldConcept({ kanaal: 'telefoon', telefoonnummer: '06 1234' })))).toEqual(['telefoonnummer:telefoonOngeldig'])
    expect(controleerContactgegevens(ingevuldConcept({ kanaal: 'telefoon', telefoonnummer: '06 12345678' }))).toEqual([])
    expect(controleerContactgegevens(ingevuldConcept({ kanaal: 'post' }))).toEqual([])
  })

  it('sends the request as the service reads it: cleaned texts, the chosen way of contact only', () => {
    const verzoek = naarVerzoek(ingevuldConcept({ gewensteWaarde: ' El Amrani\u0007 ' }), VANDAAG)
    expect(verzoek).toEqual({
      gegeven: { id: 'brp.999990147.geslachtsnaam', huidigeWaarde: 'El Amarni' },
      gewensteWaarde: 'El Amrani',
      toelichting: 'Op de geboorteakte staat El Amrani, net als bij mij.',
      contactBronhouder: { gehad: true, datum: '2026-11-02', antwoord: 'De gemeente zei dat ik het bij het Meldpunt moet melden.' },
      gevolgen: { omschrijving: 'Ik kan geen paspoort aanvragen voor Yusuf.', opschortenGevraagd: true },
      bijlagen: [],
      contactvoorkeur: { kanaal: 'email', email: 'fatima@example.nl' },
    })
    expect(naarVerzoek(ingevuldConcept({ toelichting: '' }), VANDAAG)).toBeNull()
  })

  it("keeps newlines and right-to-left text, drops other control characters", () => {
    expect(schoon(' regel één\nالأمراني\u0000 ')).toBe('regel één\nالأمراني')
    expect(schoon('El Amarni\u200B')).toBe('El Amarni')
    expect(schoon('\u202Efusuy 👨‍👩‍👦')).toBe('fusuy 👨‍👩‍👦')
  })

  it('puts what the service refused at the field it is about', () => {
    expect(veldVanParameter('gewensteWaarde')).toBe('gewenste-waarde')
    expect(veldVanParameter('contactBronhouder.datum')).toBe('contact-datum')
    expect(veldVanParameter('contactBronhouder.gehad')).toBe('contact-gehad')
    expect(veldVanParameter('bijlagen[5]')).toBe('bijlagen')
    expect(veldVanParameter('gegeven.huidigeWaarde')).toBe('gegeven')
    expect(veldVanParameter('contactvoorkeur.email')).toBe('email')
    expect(veldVanParameter('iets-anders')).toBeNull()
  })
})
