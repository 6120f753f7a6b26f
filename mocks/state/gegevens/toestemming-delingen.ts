import { DAG_MS, isoDatum } from '../dates'

/** How often a recipient receives the data a toestemming covers. */
export const DEEL_INTERVAL_DAGEN = 30

export interface Looptijd {
  /** yyyy-mm-dd, the first day */
  vanaf: string
  /** yyyy-mm-dd, the last day */
  tot: string
  ingetrokkenOp?: number
}

/**
 * The moments the data was shared: every 30 days from `vanaf` (at night), while the toestemming ran. Worked
 * out from its dates and the clock, never stored, so no moment after a withdrawal or the end can ever exist,
 * however far a test moves the clock.
 */
export function delingen({ vanaf, tot, ingetrokkenOp }: Looptijd, nu: number): number[] {
  const einde = Math.min(nu, ingetrokkenOp ?? Number.POSITIVE_INFINITY)
  const momenten: number[] = []
  for (let moment = Date.parse(`${vanaf}T02:00:00Z`); moment <= einde && isoDatum(moment) <= tot; moment += DEEL_INTERVAL_DAGEN * DAG_MS) {
    momenten.push(moment)
  }
  return momenten
}
