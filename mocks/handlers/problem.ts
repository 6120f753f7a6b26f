import { HttpResponse } from 'msw'

export interface InvalidParam {
  name: string
  code: string
  reason: string
}

/** An application/problem+json body (RFC 9457), the way the NL API Design Rules want them. Shared with /__mock. */
export function problemBody(status: number, title: string, detail?: string, extra: Record<string, unknown> = {}) {
  return { type: `https://mijn-overheid.example/problemen/${status}`, title, status, ...(detail ? { detail } : {}), ...extra }
}

export function problem(status: number, title: string, detail?: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return HttpResponse.json(problemBody(status, title, detail, extra), {
    status,
    headers: { ...headers, 'Content-Type': 'application/problem+json' },
  })
}

export const notFound = (detail?: string) => problem(404, 'Niet gevonden', detail)
export const badRequest = (detail: string, invalidParams: InvalidParam[] = []) =>
  problem(400, 'Ongeldige vraag', detail, invalidParams.length ? { invalidParams } : {})
