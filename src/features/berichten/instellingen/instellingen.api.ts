import * as v from 'valibot'
import { isApiError, type HttpClient } from '@/shared/http'

/** The Berichtenbox notification settings (issue 3 §6), checked once, here. */
export const instellingenSchema = v.object({
  email: v.optional(v.string()),
  emailGeverifieerd: v.boolean(),
  /** A new address waiting for its code; until then `email` (verified) stays in use. */
  nieuwEmail: v.optional(v.string()),
  herinneringOngelezen: v.boolean(),
  organisaties: v.array(v.object({ afzender: v.string(), digitaal: v.boolean() })),
})

export type Instellingen = v.InferOutput<typeof instellingenSchema>
export type Organisatie = Instellingen['organisaties'][number]
/** The e-mail address is not part of a PUT: it changes only through its own verification. */
export type InstellingenWijziging = Pick<Instellingen, 'herinneringOngelezen' | 'organisaties'>

const PAD = '/berichtenbox/instellingen'

/** One function per call; every answer is checked against its schema. */
export function instellingenApi(http: HttpClient) {
  return {
    haal: (signal?: AbortSignal) => http.get(PAD, instellingenSchema, { signal }),
    // PUT replaces the settings as a whole, so repeating it after a dropped connection is safe.
    wijzig: (wijziging: InstellingenWijziging) => http.put(PAD, wijziging, instellingenSchema, { retry: true }),
    /** 202: the address is stored unverified and a new 6-digit code is e-mailed; an older code stops working. */
    vraagCodeAan: (email: string) => http.post(`${PAD}/email`, { email }, instellingenSchema),
    /** 204 when the code is right; otherwise a problem, see `verificatieProbleem`. */
    bevestig: (code: string) => http.post(`${PAD}/email/verificatie`, { code }),
  }
}

export type InstellingenApi = ReturnType<typeof instellingenApi>

/** Why the code cannot be used any more: only a new code helps (409). */
export type CodeBlokkade = 'te-vaak-onjuist' | 'code-verlopen' | 'geen-code'
export type VerificatieProbleem = 'code-onjuist' | 'code-ongeldig' | CodeBlokkade

const BLOKKADES: readonly string[] = ['te-vaak-onjuist', 'code-verlopen', 'geen-code'] satisfies CodeBlokkade[]

function isBlokkade(code: string | undefined): code is CodeBlokkade {
  return code !== undefined && BLOKKADES.includes(code)
}

/**
 * Reads the problem+json of a failed verification. `undefined` means it is not about the code
 * (a service fault, no connection): the screen then shows the general message with a retry.
 */
export function verificatieProbleem(error: unknown): VerificatieProbleem | undefined {
  if (!isApiError(error)) return undefined
  const code = error.problem?.code
  if (error.status === 409 && isBlokkade(code)) return code
  if (error.status === 400 && code === 'code-onjuist') return 'code-onjuist'
  if (error.kind === 'validation' && error.problem?.invalidParams?.some((param) => param.name === 'code')) return 'code-ongeldig'
  return undefined
}

/** Whether the service refused the e-mail address itself (400 with an invalid `email`). */
export function isEmailAfgewezen(error: unknown): boolean {
  return isApiError(error) && error.kind === 'validation' && (error.problem?.invalidParams?.some((param) => param.name === 'email') ?? false)
}
