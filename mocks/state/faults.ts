/** Faults that tests inject through POST /__mock/faults (DESIGN.md §6). */
export interface FaultSpec {
  path: string
  method?: string
  status?: number
  delayMs?: number
  network?: boolean
  malformed?: boolean
  times?: number
}

export interface FaultRegistry {
  add(spec: FaultSpec): void
  /** Finds the first fault for this request and counts it as used. */
  take(method: string, path: string): FaultSpec | undefined
  reset(): void
}

export function createFaultRegistry(): FaultRegistry {
  let faults: { spec: FaultSpec; left: number }[] = []
  const matches = (spec: FaultSpec, method: string, path: string) =>
    (path === spec.path || path.startsWith(spec.path.endsWith('/') ? spec.path : `${spec.path}/`)) &&
    (!spec.method || spec.method.toUpperCase() === method.toUpperCase())

  return {
    add: (spec) => {
      faults.push({ spec, left: spec.times ?? 1 })
    },
    take: (method, path) => {
      const found = faults.find((fault) => matches(fault.spec, method, path))
      if (!found) return undefined
      found.left -= 1
      if (found.left <= 0) faults = faults.filter((fault) => fault !== found)
      return found.spec
    },
    reset: () => {
      faults = []
    },
  }
}
