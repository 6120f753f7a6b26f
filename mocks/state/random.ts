/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same berichten,
 * so tests and screenshots see the same mailbox after every reset.
 */
export interface Random {
  /** 0 <= n < 1 */
  next(): number
  /** min <= n <= max */
  int(min: number, max: number): number
  pick<T>(items: readonly [T, ...T[]]): T
  chance(probability: number): boolean
  uuid(): string
}

/** Two hex digits per byte: a uuid per bericht and per bijlage, 15,000 of them for Kees. */
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'))

export function seededRandom(seed: string | number): Random {
  let state = typeof seed === 'number' ? seed >>> 0 : hashSeed(seed)
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    pick: (items) => items[int(0, items.length - 1)] ?? items[0],
    chance: (probability) => next() < probability,
    uuid: () => {
      let hex = ''
      for (let woord = 0; woord < 4; woord += 1) {
        const getal = int(0, 0xffffffff)
        hex += `${HEX[getal >>> 24]}${HEX[(getal >>> 16) & 0xff]}${HEX[(getal >>> 8) & 0xff]}${HEX[getal & 0xff]}`
      }
      // Version 4 and the RFC 4122 variant, so it validates as a uuid.
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[int(0, 3)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
    },
  }
}

function hashSeed(text: string): number {
  let hash = 2166136261
  for (const char of text) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 16777619)
  return hash >>> 0
}
