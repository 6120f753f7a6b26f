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
  return {
    host,
    port,
    publicOrigin: env.PUBLIC_ORIGIN ?? `http://${host}:${port}`,
    mocks: env.MOCKS !== 'off',
    oidcAuthority: env.VITE_OIDC_AUTHORITY || undefined,
    distDir: env.DIST_DIR ?? 'dist',
  }
}

/** Both spellings of the loopback origin, so the app works whichever one the person types. */
export function loopbackOrigins(origin: string): string[] {
  const url = new URL(origin)
  const twin = url.hostname === 'localhost' ? '127.0.0.1' : url.hostname === '127.0.0.1' ? 'localhost' : null
  if (!twin) return [url.origin]
  return [url.origin, `${url.protocol}//${twin}:${url.port}`]
}
