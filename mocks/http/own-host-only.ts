import type { RequestHandler } from 'express'
import { sendProblem } from './send-problem'

/**
 * Against DNS rebinding: a page on kwaadwillend.example whose name is made to point at 127.0.0.1 reaches
 * this server from a visitor's browser as if it were its own origin, but its requests say
 * Host: kwaadwillend.example. Only the hosts of the app's own origins get through; the rest gets 421.
 */
export function ownHostOnly(appOrigins: readonly string[]): RequestHandler {
  const hosts = new Set(appOrigins.flatMap(hostsOf))
  return (req, res, next) => {
    if (hosts.has((req.headers.host ?? '').toLowerCase())) return next()
    sendProblem(req, res, 421, 'Verkeerd adres', 'Deze server hoort niet bij het adres dat u gebruikt.', { code: 'onbekende-host' })
  }
}

/** "localhost:4173"; with the default port of the protocol also the spelling with that port written out. */
function hostsOf(origin: string): string[] {
  const url = new URL(origin)
  if (url.port !== '') return [url.host]
  return [url.host, `${url.host}:${url.protocol === 'https:' ? 443 : 80}`]
}
