import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { resolve } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

const HOST = '127.0.0.1'

/** The production server (`tsx server/main.ts`) running as a child of the bench. */
export interface RunningServer {
  origin: string
  stop(): Promise<void>
}

export interface StartServerOptions {
  /** The project root: where `server/main.ts` and `dist/` are. */
  root: string
  /** The first port to try; the next ones are tried when it is taken. */
  preferredPort: number
  readyTimeoutMs?: number
}

/** Starts the server on a free port and resolves once `/manifest.webmanifest` answers 200. */
export async function startServer({ root, preferredPort, readyTimeoutMs = 30_000 }: StartServerOptions): Promise<RunningServer> {
  const port = await findFreePort(preferredPort)
  const origin = `http://${HOST}:${port}`
  // Its own process group, so stopping it also stops the node process that tsx starts underneath.
  const child = spawn(resolve(root, 'node_modules/.bin/tsx'), ['server/main.ts'], {
    cwd: root,
    env: { ...process.env, HOST, PORT: String(port) },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const output: string[] = []
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()))

  const server: RunningServer = { origin, stop: () => stopChild(child) }
  try {
    await waitUntilReady(`${origin}/manifest.webmanifest`, child, readyTimeoutMs)
  } catch (error) {
    await server.stop()
    const log = output.join('').trim()
    throw new Error(`${errorMessage(error)}${log ? `\nserver output:\n${log}` : ''}`, { cause: error })
  }
  return server
}

async function waitUntilReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let lastProblem = 'no answer yet'
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`server stopped before it was ready (exit ${child.exitCode ?? child.signalCode})`)
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) })
      if (response.status === 200) return
      lastProblem = `status ${response.status}`
    } catch (error) {
      lastProblem = error instanceof Error && error.cause ? `${error.message}: ${errorMessage(error.cause)}` : errorMessage(error)
    }
    await sleep(200)
  }
  throw new Error(`server not ready within ${timeoutMs} ms at ${url} (${lastProblem})`)
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()))
  signalGroup(child.pid, 'SIGTERM')
  const stopped = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)])
  if (!stopped) {
    signalGroup(child.pid, 'SIGKILL')
    await exited
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal)
  } catch {
    // The group is already gone.
  }
}

/**
 * Ports that browsers and Node's fetch refuse to connect to (the Fetch standard's "bad ports" near the range we use).
 * 4190 is one of them (ManageSieve): a server there runs, but Chromium answers ERR_UNSAFE_PORT.
 */
const BLOCKED_PORTS = new Set([4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080])

async function findFreePort(first: number, attempts = 20): Promise<number> {
  for (let port = first; port < first + attempts; port++) {
    if (!BLOCKED_PORTS.has(port) && (await isFree(port))) return port
  }
  throw new Error(`no free port in ${first}-${first + attempts - 1}`)
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolveFree) => {
    const probe = createServer()
    probe.once('error', () => resolveFree(false))
    probe.listen(port, HOST, () => probe.close(() => resolveFree(true)))
  })
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
