interface Scheduler {
  yield(): Promise<void>
}

/**
 * Lets the browser paint and handle input before the next piece of work. A cheap phone then never sees one long
 * task for the whole start of the app (Total Blocking Time), only short ones. `scheduler.yield` keeps our place
 * ahead of other tasks; without it, a timeout of 0.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler
  if (typeof scheduler?.yield === 'function') return scheduler.yield()
  return new Promise((resolve) => setTimeout(resolve, 0))
}
