import { matchRequestUrl, type HttpHandler } from 'msw'

/** The order of an Allow header: reading first, as is usual. */
const ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']

/** The methods the handlers answer on this URL's path, for the Allow header of a 405; empty for a path nobody knows. */
export function allowedMethods(handlers: readonly HttpHandler[], url: URL): string[] {
  const methods = new Set<string>()
  for (const { info } of handlers) {
    if (typeof info.method !== 'string' || typeof info.path === 'function') continue
    if (matchRequestUrl(url, info.path).matches) methods.add(info.method)
  }
  // The bridge answers HEAD wherever there is a GET.
  if (methods.has('GET')) methods.add('HEAD')
  return [...methods].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b))
}
