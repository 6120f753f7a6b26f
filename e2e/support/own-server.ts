import type { ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'

/** A free port on this machine, for a server of a test's own. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('Geen poort'))))
    })
  })
}

export async function waitUntilServing(url: string, child: ChildProcess, timeoutMs = 20_000): Promise<void> {
  for (let attempt = 0; attempt < timeoutMs / 200; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`De testserver stopte (code ${child.exitCode}).`)
    const ok = await fetch(url).then((response) => response.ok, () => false)
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`De testserver antwoordde niet op ${url}.`)
}
