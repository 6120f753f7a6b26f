/** A log of what the mock backend received, so tests can prove exactly-once delivery (DESIGN.md §6). */
export interface LoggedRequest {
  method: string
  path: string
  query: string
  headers: Record<string, string>
  body: unknown
  idempotencyKey: string | null
  receivedAt: string
}

export interface RequestLog {
  record(entry: LoggedRequest): void
  list(pathPrefix?: string): LoggedRequest[]
  reset(): void
}

const MAX_ENTRIES = 2000

export function createRequestLog(): RequestLog {
  let entries: LoggedRequest[] = []
  return {
    record: (entry) => {
      entries.push(entry)
      if (entries.length > MAX_ENTRIES) entries = entries.slice(-MAX_ENTRIES)
    },
    list: (pathPrefix) => (pathPrefix ? entries.filter((entry) => entry.path.startsWith(pathPrefix)) : [...entries]),
    reset: () => {
      entries = []
    },
  }
}

/** Authorization never leaves the mock: tokens are secrets even in a test log. */
export function loggableHeaders(headers: Headers): Record<string, string> {
  const result: Record<string, string> = {}
  headers.forEach((value, name) => {
    if (name.toLowerCase() !== 'authorization' && name.toLowerCase() !== 'cookie') result[name] = value
  })
  return result
}
