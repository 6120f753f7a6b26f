export type QueryValue = string | number | boolean | undefined | string[]
export type QueryParams = Record<string, QueryValue>

/**
 * Joins the base URL, the path and the query. Arrays become repeated parameters (`?status=a&status=b`);
 * `undefined` leaves the parameter out, so callers can pass optional filters as they are.
 */
export function buildUrl(baseUrl: string, path: string, query?: QueryParams): string {
  // The bearer token goes with every request: a full URL in `path` could send it to another host.
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(path)) {
    throw new TypeError('The HTTP client takes paths relative to its base URL, not full URLs.')
  }
  const url = `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`
  const search = new URLSearchParams()
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, String(item))
  }
  const queryString = search.toString()
  if (queryString === '') return url
  return `${url}${url.includes('?') ? '&' : '?'}${queryString}`
}
