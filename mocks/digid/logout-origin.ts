import type { KoaContextWithOIDC } from 'oidc-provider'

/**
 * Whether an end_session request comes from our own app, so DigiD may log out without asking again (the app
 * already asked "Wilt u uitloggen?"). It must name our client and a registered post_logout_redirect_uri
 * (oidc-provider has checked that one), and the browser must say it came from our origin: Sec-Fetch-Site
 * same-origin. Only a browser without Fetch Metadata may prove it by a Referer from one of the app's
 * origins: a Referer never overrules the browser's own "cross-site" (a Referer is easier to bend).
 * A link or form on another website gets the question with a button, never an automatic logout.
 */
export function isOwnAppLogout(ctx: KoaContextWithOIDC, clientId: string, appOrigins: readonly string[]): boolean {
  const redirect: unknown = ctx.oidc.params?.['post_logout_redirect_uri']
  if (ctx.oidc.client?.clientId !== clientId || typeof redirect !== 'string') return false
  const site = ctx.get('sec-fetch-site')
  if (site !== '') return site === 'same-origin'
  return appOrigins.includes(originOf(ctx.get('referer')))
}

function originOf(url: string): string {
  try {
    return new URL(url).origin
  } catch {
    return ''
  }
}
