/** Server settings from the environment, with defaults that run everything locally with the mocks. */
export interface ServerConfig {
  host: string
  port: number
  /** The origin the browser uses; the mock DigiD issuer is derived from it. */
  publicOrigin: string
  mocks: boolean
  /** Set to point the app at a real OpenID Provider; its origin is allowed in the CSP. */
  oidcAuthority: string | undefined
  distDir: string
}

export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const host = env.HOST ?? '127.0.0.1'
  const port = Number(env.PORT ?? 4173)
  // An IPv6 address goes between brackets in a URL.
  const publicOrigin = env.PUBLIC_ORIGIN ?? `http://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${port}`
  const mocks = env.MOCKS !== 'off'
  // The mocks let anyone log in as anyone and reset everyone's data: fine on this machine, never by accident elsewhere.
  // Both count: a loopback PUBLIC_ORIGIN on HOST=0.0.0.0 still lets the whole network in.
  if (mocks && env.MOCKS !== 'on' && !(isLoopback(publicOrigin) && isLoopbackHost(host))) {
    const waar = isLoopbackHost(host) ? new URL(publicOrigin).origin : `HOST=${host}`
    throw new Error(
      `De mocks (nep-DigiD, testbesturing /__mock) starten niet op ${waar}: dat adres is niet alleen van deze computer. ` +
        'Zet MOCKS=on als u dat echt wilt, of MOCKS=off om echte diensten te gebruiken.',
    )
  }
  return {
    host,
    port,
    publicOrigin,
    mocks,
    oidcAuthority: env.VITE_OIDC_AUTHORITY || undefined,
    distDir: env.DIST_DIR ?? 'dist',
  }
}

/** localhost, 127.0.0.0/8 and [::1]: only this machine can reach them. */
export function isLoopback(origin: string): boolean {
  const { hostname } = new URL(origin)
  return hostname === 'localhost' || hostname.endsWith('.localhost') || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname)
}

/** The address to listen on: localhost, 127.0.0.0/8 or ::1 (not a *.localhost name: DNS may send that anywhere). */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host)
}

/** Both spellings of the loopback origin, so the app works whichever one the person types. */
export function loopbackOrigins(origin: string): string[] {
  const url = new URL(origin)
  const twin = url.hostname === 'localhost' ? '127.0.0.1' : url.hostname === '127.0.0.1' ? 'localhost' : null
  if (!twin) return [url.origin]
  return [url.origin, `${url.protocol}//${twin}${url.port ? `:${url.port}` : ''}`]
}
