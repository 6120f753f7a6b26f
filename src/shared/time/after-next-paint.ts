/**
 * Resolves once the browser has painted the frame after the current task. A press whose result takes a while to
 * draw (a new list) first gets its paint, so the phone answers at once (Interaction to Next Paint); the rest follows
 * in a task of its own. A hidden tab runs no animation frames: the timer makes sure the work still happens.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100)
    if (typeof requestAnimationFrame !== 'function') return
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback)
        resolve()
      }, 0),
    )
  })
}
