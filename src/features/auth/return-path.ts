/**
 * Only paths inside this app may be a return target after login: never another site
 * ("//evil.example", "https://…"), never the login pages themselves (that would loop).
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/'
  const path = value.split(/[?#]/)[0] ?? ''
  if (path === '/inloggen' || path.startsWith('/auth/') || path === '/uitgelogd') return '/'
  return value
}
