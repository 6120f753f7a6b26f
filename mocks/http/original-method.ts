/** The bridge sends a HEAD on as a GET (the handlers only know GET); the DPoP check must see what the client sent. */
const originals = new WeakMap<Request, string>()

export function rememberOriginalMethod(request: Request, method: string): Request {
  if (method !== request.method) originals.set(request, method)
  return request
}

export const originalMethod = (request: Request): string => originals.get(request) ?? request.method
