import type { Page } from '@playwright/test'

/** The tokens this tab holds, read as an injected script could (oidc-client-ts keeps them in sessionStorage). */
export function tokensInPage(page: Page): Promise<{ accessToken: string; refreshToken: string }> {
  return page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((name) => name.startsWith('mo.oidc.user:'))
    const user = JSON.parse(sessionStorage.getItem(key ?? '') ?? '{}') as { access_token?: string; refresh_token?: string }
    return { accessToken: user.access_token ?? '', refreshToken: user.refresh_token ?? '' }
  })
}

/**
 * This tab's DPoP public key (its x coordinate) and whether the private key could be exported, or null when the
 * device holds none. Plain JavaScript in a string: it runs in the page as written.
 */
export function keyInPage(page: Page): Promise<{ x: string; extractable: boolean } | null> {
  return page.evaluate(`(async () => {
    // Opening a database that is not there would create it: abort that, and say there is no key.
    const db = await new Promise((resolve) => {
      const open = indexedDB.open('mo-dpop')
      open.onupgradeneeded = () => open.transaction.abort()
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => resolve(null)
    })
    if (!db) return null
    if (!db.objectStoreNames.contains('sleutels')) {
      db.close()
      return null
    }
    const value = await new Promise((resolve) => {
      const get = db.transaction('sleutels').objectStore('sleutels').get(sessionStorage.getItem('mo.dpop.tab') + ':mijn-overheid')
      get.onsuccess = () => resolve(get.result)
      get.onerror = () => resolve(undefined)
    })
    db.close()
    if (!value) return null
    const jwk = await crypto.subtle.exportKey('jwk', value.keys.publicKey)
    return { x: jwk.x, extractable: value.keys.privateKey.extractable }
  })()`)
}

/**
 * `Authorization` and a `DPoP` proof for one request, made in the page with the page's own key: what DPoP does
 * not stop (a script running in the page can use the key while it runs). Tests send it from Node to play
 * "another session" without a second login, also while the page is offline.
 */
export function proofFromPage(page: Page, method: string, path: string): Promise<Record<string, string>> {
  return page.evaluate(
    `(async ({ method, path }) => {
      const key = Object.keys(sessionStorage).find((name) => name.startsWith('mo.oidc.user:'))
      const token = JSON.parse(sessionStorage.getItem(key)).access_token
      const db = await new Promise((resolve) => { const open = indexedDB.open('mo-dpop'); open.onsuccess = () => resolve(open.result) })
      const state = await new Promise((resolve) => {
        const get = db.transaction('sleutels').objectStore('sleutels').get(sessionStorage.getItem('mo.dpop.tab') + ':mijn-overheid')
        get.onsuccess = () => resolve(get.result)
      })
      db.close()
      const b64 = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '')
      const text = (value) => b64(new TextEncoder().encode(JSON.stringify(value)))
      const { crv, kty, x, y } = await crypto.subtle.exportKey('jwk', state.keys.publicKey)
      const url = new URL(path, location.href)
      const ath = b64(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token)))
      const claims = { jti: crypto.randomUUID(), htm: method, htu: url.origin + url.pathname, iat: Math.floor(Date.now() / 1000), ath }
      const input = text({ typ: 'dpop+jwt', alg: 'ES256', jwk: { crv, kty, x, y } }) + '.' + text(claims)
      const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, state.keys.privateKey, new TextEncoder().encode(input))
      return { Authorization: 'DPoP ' + token, DPoP: input + '.' + b64(signature) }
    })(${JSON.stringify({ method, path })})`,
  )
}
