import { describe, expect, it } from 'vitest'
import { safeReturnPath } from './return-path'

describe('safeReturnPath', () => {
  it('keeps a path inside the app, with its query', () => {
    expect(safeReturnPath('/zaken?status=open')).toBe('/zaken?status=open')
  })

  it.each(['https://evil.example/', '//evil.example', '/\\evil.example', 'zaken', 42, undefined])(
    'sends %s to the overview instead of another site',
    (value) => expect(safeReturnPath(value)).toBe('/'),
  )

  it.each(['/inloggen', '/auth/callback?code=x', '/uitgelogd'])('never returns to a login page (%s): that would loop', (value) => {
    expect(safeReturnPath(value)).toBe('/')
  })
})
