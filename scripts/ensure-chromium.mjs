// Browser tests need Debian's Chromium. Install it when we may (root), else say exactly how.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

if (!existsSync(CHROMIUM)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (!isRoot) {
    console.error(`Chromium ontbreekt (${CHROMIUM}). Installeer het met: sudo apt-get update && sudo apt-get install -y chromium`)
    process.exit(1)
  }
  console.log('Chromium ontbreekt: installeren met apt-get (eenmalig)…')
  execSync('apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium', { stdio: 'inherit' })
}
console.log(`Chromium: ${execSync(`${CHROMIUM} --version`).toString().trim()}`)
