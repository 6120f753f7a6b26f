/** The middle item by `value` (the lower middle of an even count), as Lighthouse reads a median run; undefined when empty. */
export function medianBy<T>(items: readonly T[], value: (item: T) => number): T | undefined {
  const sorted = [...items].sort((a, b) => value(a) - value(b))
  return sorted[Math.floor((sorted.length - 1) / 2)]
}
