// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { validateLoginForm } from './login-form'

describe('validateLoginForm', () => {
  it('accepts a chosen test person', () => {
    expect(validateLoginForm({ persoon: '999990019', bsn: '', niveau: 'hoog' })).toEqual({ ok: true, bsn: '999990019', level: 'hoog' })
  })

  it('lets a typed BSN win over a chosen test person, ignoring spaces and dots', () => {
    expect(validateLoginForm({ persoon: '999990019', bsn: '9999.90 020', niveau: 'basis' })).toEqual({
      ok: true,
      bsn: '999990020',
      level: 'basis',
    })
  })

  it('accepts any BSN that passes the elfproef, also when it is not a test person', () => {
    expect(validateLoginForm({ persoon: '', bsn: '111222333', niveau: 'midden' })).toMatchObject({ ok: true, bsn: '111222333' })
  })

  it.each([
    ['nothing chosen', '', 'Kies een testpersoon of vul een burgerservicenummer in.'],
    ['too short', '12345', 'Een burgerservicenummer heeft 9 cijfers. Vul alleen cijfers in.'],
    ['letters', '99999001a', 'Een burgerservicenummer heeft 9 cijfers. Vul alleen cijfers in.'],
    ['fails the elfproef', '123456789', 'Dit is geen geldig burgerservicenummer. Controleer of u het goed hebt overgenomen.'],
  ])('links the BSN field when %s', (_case, bsn, message) => {
    expect(validateLoginForm({ persoon: '', bsn, niveau: 'midden' })).toEqual({ ok: false, errors: [{ fieldId: 'bsn', message }] })
  })

  it('refuses an unknown level', () => {
    expect(validateLoginForm({ persoon: '999990019', bsn: '', niveau: 'super' })).toEqual({
      ok: false,
      errors: [{ fieldId: 'niveau-basis', message: 'Kies een betrouwbaarheidsniveau.' }],
    })
  })
})
