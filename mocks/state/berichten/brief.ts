import type { Actie, BerichtType } from './types'
import type { Random } from '../random'

/** What a letter template needs to know about the person and the moment it is sent. */
export interface BriefContext {
  /** "Geachte mevrouw El Amrani" */
  aanhef: string
  /** Epoch milliseconds. */
  verzonden: number
  rng: Random
  /** "Gemeente Utrecht": the municipality where the person lives. */
  gemeente: string
  kenteken: string
}

export interface Brief {
  afzender: string
  type: BerichtType
  onderwerp: string
  inhoud: string
  actie?: Actie
  bijlagen: string[]
}

export type Sjabloon = (context: BriefContext) => Brief

interface BriefVelden {
  afzender: string
  type: BerichtType
  onderwerp: string
  /** Plain sentences become paragraphs; text that starts with "<" is HTML already (a list). */
  alineas: string[]
  actie?: Actie
  bijlagen?: string[]
}

/** A letter in the house style of Dutch government post: salutation, short paragraphs, greeting. */
export function brief(context: BriefContext, velden: BriefVelden): Brief {
  const alineas = velden.alineas.map((alinea) => (alinea.startsWith('<') ? alinea : `<p>${alinea}</p>`))
  return {
    afzender: velden.afzender,
    type: velden.type,
    onderwerp: velden.onderwerp,
    inhoud: [`<p>${context.aanhef},</p>`, ...alineas, `<p>Met vriendelijke groet,<br>${velden.afzender}</p>`].join('\n'),
    ...(velden.actie ? { actie: velden.actie } : {}),
    bijlagen: velden.bijlagen ?? [],
  }
}

/** A reference number like "7012 4410 9923 5561". */
export function kenmerk(rng: Random, groepen = 4): string {
  return Array.from({ length: groepen }, () => String(rng.int(1000, 9999))).join(' ')
}

/** An amount in euros with cents. */
export const euro = (rng: Random, min: number, max: number) => rng.int(min * 100, max * 100) / 100

export const lijst = (items: string[]) => `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`
