/** Everything oidc-client-ts keeps lives under this prefix in sessionStorage. */
export const OIDC_STORAGE_PREFIX = 'mo.oidc.'
