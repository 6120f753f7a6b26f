import { HttpResponse } from 'msw'

/** Errors as application/problem+json (RFC 9457), the way the NL API Design Rules want them. */
export function problem(status: number, title: string, detail?: string, extra: Record<string, unknown> = {}) {
  return HttpResponse.json(
    { type: `https://mijn-overheid.example/problemen/${status}`, title, status, ...(detail ? { detail } : {}), ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  )
}

export const notFound = (detail?: string) => problem(404, 'Niet gevonden', detail)
export const badRequest = (detail: string, invalidParams: { name: string; code: string; reason: string }[] = []) =>
  problem(400, 'Ongeldige vraag', detail, invalidParams.length ? { invalidParams } : {})
