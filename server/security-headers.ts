import type { RequestHandler } from 'express'
import helmet from 'helmet'

/**
 * Trusted Types: only these policies may turn strings into HTML or script URLs. `dompurify` is the app's
 * (sanitised letter bodies); `vue` is the one Vue's runtime creates for its templates; `service-worker`
 * is for the one script URL the app registers (Chromium refuses a plain string in serviceWorker.register
 * under this CSP). No `default` policy, so any other string that reaches such a sink is refused.
 */
export const TRUSTED_TYPES_POLICIES = ['dompurify', 'vue', 'service-worker'] as const

/** Powerful features the portal never uses, switched off for it and for anything it embeds. */
const DENIED_FEATURES = [
  'accelerometer', 'browsing-topics', 'camera', 'display-capture', 'geolocation', 'gyroscope', 'hid',
  'magnetometer', 'microphone', 'midi', 'payment', 'serial', 'usb', 'xr-spatial-tracking',
]
export const PERMISSIONS_POLICY = DENIED_FEATURES.map((feature) => `${feature}=()`).join(', ')

/**
 * Strict headers for the app: no inline or eval'd scripts, Trusted Types, no framing. The OpenID Provider's
 * origin is added when the app points at an external one, because the browser talks to it.
 */
export function securityHeaders(oidcAuthority: string | undefined, appOrigins: string[]): RequestHandler[] {
  const provider = oidcAuthority ? [new URL(oidcAuthority).origin] : []
  // Chrome checks form-action on the redirect after a post too: the mock DigiD posts, then
  // redirects to the app, which may sit on the other loopback name (localhost / 127.0.0.1).
  const formTargets = [...new Set([...appOrigins, ...provider])]
  const permissionsPolicy: RequestHandler = (_req, res, next) => {
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY)
    next()
  }
  return [
    helmet({
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
          requireTrustedTypesFor: ["'script'"],
          trustedTypes: [...TRUSTED_TYPES_POLICIES],
        },
      },
      // Plain http on localhost: HSTS would only confuse a browser that later visits over https.
      strictTransportSecurity: false,
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      crossOriginEmbedderPolicy: false,
      xFrameOptions: { action: 'deny' },
    }),
    permissionsPolicy,
  ]
}
