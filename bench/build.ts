import { spawn } from 'node:child_process'
import { resolve } from 'node:path'

/** Runs `vite build` in the project root (or with another config); throws with Vite's output when the build fails. */
export function buildApp(root: string, configFile?: string): Promise<void> {
  return new Promise((resolveBuild, rejectBuild) => {
    const child = spawn(resolve(root, 'node_modules/.bin/vite'), ['build', ...(configFile ? ['--config', configFile] : [])], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    const output: string[] = []
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()))
    child.once('error', rejectBuild)
    child.once('close', (code) => {
      if (code === 0) resolveBuild()
      else rejectBuild(new Error(`vite build failed (exit ${code})\n${output.join('')}`))
    })
  })
}
