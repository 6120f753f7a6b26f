import { STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'

const REFUSALS = {
  400: { title: 'Ongeldige vraag', detail: 'De server kan deze vraag niet lezen.' },
  408: { title: 'Te langzaam', detail: 'De vraag kwam niet op tijd binnen. Probeer het opnieuw.' },
  431: { title: 'Te veel gegevens', detail: 'Het adres of de headers van de vraag zijn te lang.' },
} as const

function statusFor(code: string | undefined): keyof typeof REFUSALS {
  if (code === 'HPE_HEADER_OVERFLOW') return 431
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408
  return 400
}

/**
 * What Node itself refuses before express sees the request (a malformed request line, a URL or headers
 * over the limit) would get an empty answer without Cache-Control. This answers like the rest of the
 * server: a short problem+json, no-store, and the connection closes (what follows on it cannot be trusted).
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy()
    return
  }
  const status = statusFor(error.code)
  // The shape of problemBody (mocks/handlers/problem.ts), without loading the mocks into a server without them.
  const body = JSON.stringify({ type: `https://mijn-overheid.example/problemen/${status}`, status, ...REFUSALS[status] })
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    'Content-Type: application/problem+json',
    'Cache-Control: no-store',
    'X-Content-Type-Options: nosniff',
    'Connection: close',
    `Content-Length: ${Buffer.byteLength(body)}`,
  ]
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`)
}
