import helmet from 'helmet'

/**
 * Strict headers for the app: no inline or eval'd scripts, no framing. The OpenID Provider's
 * origin is added when the app points at an external one, because the browser talks to it.
 */
export function securityHeaders(oidcAuthority: string | undefined, appOrigins: string[]) {
  const provider = oidcAuthority ? [new URL(oidcAuthority).origin] : []
  // Chrome checks form-action on the redirect after a post too: the mock DigiD posts, then
  // redirects to the app, which may sit on the other loopback name (localhost / 127.0.0.1).
  const formTargets = [...new Set([...appOrigins, ...provider])]
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'", ...provider],
        frameSrc: ["'self'", 'blob:', ...provider],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'", ...formTargets],
        frameAncestors: ["'none'"],
      },
    },
    // Plain http on localhost: HSTS would only confuse a browser that later visits over https.
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
    xFrameOptions: { action: 'deny' },
  })
}
