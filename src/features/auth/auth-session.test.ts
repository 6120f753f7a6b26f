import { User, UserManager, WebStorageStateStore } from 'oidc-client-ts'
import { describe, expect, it } from 'vitest'
import { isUsable, readStoredSession } from './auth-session'
import { readAuthConfig } from './auth.config'
import { createUserManager } from './user-manager'
import { memoryKeyStore } from '@/test/dpop'

const config = readAuthConfig({}, 'http://127.0.0.1:4173')

function userExpiringIn(seconds: number, refreshToken?: string): User {
  return new User({
    access_token: 'toegang',
    id_token: 'id',
    token_type: 'DPoP',
    refresh_token: refreshToken,
    expires_at: Math.floor(Date.now() / 1000) + seconds,
    profile: { sub: '999990019', iss: config.authority, aud: config.clientId, exp: 0, iat: 0, acr: 'http://eidas.europa.eu/LoA/low' },
  })
}

describe('readStoredSession', () => {
  it('reads exactly what oidc-client-ts stored, without loading oidc-client-ts on start-up', async () => {
    await (await createUserManager(config, memoryKeyStore())).storeUser(userExpiringIn(300, 'ververs'))
    const session = readStoredSession(config.authority, config.clientId)
    expect(session).toMatchObject({ accessToken: 'toegang', refreshToken: 'ververs', profile: { sub: '999990019' } })
  })

  it('keeps tokens out of localStorage', async () => {
    await (await createUserManager(config, memoryKeyStore())).storeUser(userExpiringIn(300))
    expect(Object.keys(window.localStorage)).toEqual([])
    expect(Object.keys(window.sessionStorage).some((key) => key.startsWith('mo.oidc.user:'))).toBe(true)
  })

  it('ignores a session of another provider or client', async () => {
    const other = new UserManager({
      authority: 'https://andere-idp.example',
      client_id: 'ander',
      redirect_uri: 'http://127.0.0.1:4173/auth/callback',
      userStore: new WebStorageStateStore({ store: window.sessionStorage, prefix: 'mo.oidc.' }),
    })
    await other.storeUser(userExpiringIn(300))
    expect(readStoredSession(config.authority, config.clientId)).toBeNull()
  })

  it('treats garbled storage as no session', () => {
    window.sessionStorage.setItem(`mo.oidc.user:${config.authority}:${config.clientId}`, '{"access_token":')
    expect(readStoredSession(config.authority, config.clientId)).toBeNull()
  })
})

describe('isUsable', () => {
  it('an expired access token is still usable while a refresh token can renew it', async () => {
    await (await createUserManager(config, memoryKeyStore())).storeUser(userExpiringIn(-10, 'ververs'))
    const session = readStoredSession(config.authority, config.clientId)
    expect(session && isUsable(session, Date.now())).toBe(true)
  })

  it('an expired access token without refresh token is not', async () => {
    await (await createUserManager(config, memoryKeyStore())).storeUser(userExpiringIn(-10))
    const session = readStoredSession(config.authority, config.clientId)
    expect(session && isUsable(session, Date.now())).toBe(false)
  })
})
