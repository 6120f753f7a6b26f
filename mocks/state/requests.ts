/** A log of what the mock backend received, so tests can prove exactly-once delivery (DESIGN.md §6). */
export interface LoggedRequest {
  method: string
  path: string
  query: string
  headers: Record<string, string>
  /** The JSON body; one over MAX_LOGGED_BODY_BYTES is kept as `{ afgekapt: true, bytes }` only. */
  body: unknown
  idempotencyKey: string | null
  receivedAt: string
}

export interface RequestLog {
  record(entry: LoggedRequest): void
  list(pathPrefix?: string): LoggedRequest[]
  reset(): void
}

/**
 * The log is filled before anyone logs in, so it is capped in bytes, not only in entries: otherwise
 * 2000 bodies of 1 MB each would fill the memory. Any real request body of the app is far below 16 KB.
 */
export const MAX_LOGGED_BODY_BYTES = 16 * 1024
export const MAX_LOG_BYTES = 4 * 1024 * 1024
const MAX_ENTRIES = 2000

export function createRequestLog(): RequestLog {
  let entries: { entry: LoggedRequest; bytes: number }[] = []
  let totalBytes = 0
  return {
    record: (entry) => {
      const kept = { ...entry, body: keptBody(entry.body) }
      const bytes = byteLength(kept)
      entries.push({ entry: kept, bytes })
      totalBytes += bytes
      // The oldest go first; the newest always stays, so a test sees its own last request.
      while (entries.length > 1 && (entries.length > MAX_ENTRIES || totalBytes > MAX_LOG_BYTES)) {
        totalBytes -= entries.shift()?.bytes ?? 0
      }
    },
    list: (pathPrefix) => entries.map(({ entry }) => entry).filter((entry) => !pathPrefix || entry.path.startsWith(pathPrefix)),
    reset: () => {
      entries = []
      totalBytes = 0
    },
  }
}

function keptBody(body: unknown): unknown {
  const bytes = byteLength(body)
  return bytes > MAX_LOGGED_BODY_BYTES ? { afgekapt: true, bytes } : body
}

/** Size as JSON, the way GET /__mock/requests sends it; bodies are at most 32 levels deep (json-depth.ts). */
function byteLength(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '')
}

/** Credentials never leave the mock: tokens (and the DPoP proofs that go with them) are secrets even in a test log. */
const GEHEIM = new Set(['authorization', 'cookie', 'dpop'])

export function loggableHeaders(headers: Headers): Record<string, string> {
  const result: Record<string, string> = {}
  headers.forEach((value, name) => {
    if (!GEHEIM.has(name.toLowerCase())) result[name] = value
  })
  return result
}
