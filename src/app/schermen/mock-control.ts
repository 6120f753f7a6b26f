/** The mock's test control API (/__mock, DESIGN.md §6) from the browser, for the screens overview. */
import type { SchermFout, SchermInlog } from './schermen'

export class MocksUit extends Error {
  constructor() {
    super('De testbesturing (/__mock) antwoordt niet: de mocks staan uit.')
  }
}

async function stuur(pad: string, method: 'GET' | 'POST' | 'DELETE', body?: unknown): Promise<Response> {
  const response = await fetch(`/__mock${pad}`, {
    method,
    headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  if (response.status === 404) throw new MocksUit()
  if (!response.ok) throw new Error(`/__mock${pad} antwoordde ${response.status}.`)
  return response
}

/** Whether this server has the mocks on: only then does the overview of screens exist. */
export async function mocksAan(): Promise<boolean> {
  try {
    const response = await stuur('/clock', 'GET')
    return (response.headers.get('content-type') ?? '').includes('json')
  } catch {
    return false
  }
}

export const mockControl = {
  reset: () => stuur('/reset', 'POST'),
  fout: (fout: SchermFout & { network?: boolean }) => stuur('/faults', 'POST', fout),
  snelInloggen: (inlog: SchermInlog) => stuur('/digid/snel-inloggen', 'POST', { bsn: inlog.bsn, niveau: inlog.niveau, ...(inlog.namens ? { namens: inlog.namens } : {}) }),
}
