// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ApiError } from '@/shared/http'
import { controleerCode, controleerEmail, normaliseerCode } from './email-invoer'
import { isEmailAfgewezen, verificatieProbleem } from './instellingen.api'
import { instellingenMessages } from './instellingen.messages'

/** Every leaf of a message tree as [dotted key, text]. */
function leaves(tree: object, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]): [string, unknown][] =>
    typeof value === 'object' && value !== null ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  )
}

describe('controleerEmail', () => {
  it.each([
    ['', 'leeg'],
    ['   ', 'leeg'],
    ['fatima', 'ongeldig'],
    ['fatima@', 'ongeldig'],
    ['fatima@voorbeeld', 'ongeldig'],
    [`${'a'.repeat(250)}@voorbeeld.nl`, 'teLang'],
    ['fatima@voorbeeld.nl', null],
    ['  fatima.el-amrani+post@mail.voorbeeld.nl ', null],
  ])('%j gives %s', (invoer, fout) => {
    expect(controleerEmail(invoer)).toBe(fout)
  })
})

describe('de verificatiecode', () => {
  it('ignores spaces people copy along', () => {
    expect(normaliseerCode(' 123 456 ')).toBe('123456')
  })

  it.each([
    ['', 'leeg'],
    ['12345', 'formaat'],
    ['1234567', 'formaat'],
    ['12a456', 'formaat'],
    ['０１２３４５', 'formaat'],
    ['012345', null],
  ])('%j gives %s', (code, fout) => {
    expect(controleerCode(code)).toBe(fout)
  })
})

describe('answers of the verification service', () => {
  const probleem = (status: number, code?: string, invalid?: string) =>
    new ApiError(status === 409 ? 'conflict' : 'validation', {
      status,
      problem: { status, code, invalidParams: invalid ? [{ name: invalid, reason: 'x' }] : undefined },
    })

  it('tells a wrong code from a code that cannot be used any more', () => {
    expect(verificatieProbleem(probleem(400, 'code-onjuist', 'code'))).toBe('code-onjuist')
    expect(verificatieProbleem(probleem(409, 'te-vaak-onjuist'))).toBe('te-vaak-onjuist')
    expect(verificatieProbleem(probleem(409, 'code-verlopen'))).toBe('code-verlopen')
    expect(verificatieProbleem(probleem(409, 'geen-code'))).toBe('geen-code')
    expect(verificatieProbleem(probleem(400, undefined, 'code'))).toBe('code-ongeldig')
  })

  it('leaves service faults and unknown conflicts to the general message', () => {
    expect(verificatieProbleem(new ApiError('server', { status: 500 }))).toBeUndefined()
    expect(verificatieProbleem(probleem(409, 'iets-anders'))).toBeUndefined()
    expect(verificatieProbleem(new TypeError('x'))).toBeUndefined()
  })

  it('knows when the service refused the address', () => {
    expect(isEmailAfgewezen(probleem(400, undefined, 'email'))).toBe(true)
    expect(isEmailAfgewezen(new ApiError('server', { status: 500 }))).toBe(false)
  })
})

describe.each([['instellingen', instellingenMessages]])('%s messages', (_naam, messages) => {
  const nl = new Map(leaves(messages.nl))
  const en = new Map(leaves(messages.en))

  it('has the same keys and placeholders in Dutch and English, and no other vue-i18n syntax', () => {
    expect([...en.keys()].sort()).toEqual([...nl.keys()].sort())
    const placeholders = (text: unknown) => String(text).match(/\{\w+\}/g) ?? []
    for (const [key, text] of nl) expect(placeholders(en.get(key)), key).toEqual(placeholders(text))
    for (const [key, text] of [...nl, ...en]) expect(String(text).replace(/\{\w+\}/g, ''), key).not.toMatch(/[@|${}]/)
  })
})
