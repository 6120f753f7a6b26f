import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { staticApp } from './static-app'

let dist: string
let origin: string
let close: () => void
beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'mo-dist-'))
  const files = { 'index.html': 'kader nl', 'index.en.html': 'kader en', 'inloggen.html': 'inloggen nl', 'inloggen.en.html': 'inloggen en' }
  await Promise.all(Object.entries(files).map(([name, text]) => writeFile(join(dist, name), text)))
  const server = express().use(staticApp(dist)).listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => server.close()
})
afterAll(() => close())

async function get(path: string, cookie?: string) {
  const response = await fetch(origin + path, { headers: { Accept: 'text/html', ...(cookie ? { Cookie: cookie } : {}) } })
  return { text: await response.text(), headers: { vary: response.headers.get('vary') ?? '' } }
}

describe('a page navigation', () => {
  it('gets the prerendered page in the chosen language, and says the answer depends on that cookie', async () => {
    expect((await get('/inloggen')).text).toBe('inloggen nl')
    const english = await get('/inloggen', 'mo-taal=en')
    expect(english.text).toBe('inloggen en')
    expect(english.headers.vary).toMatch(/Cookie/)
  })

  it('gets the frame of the private pages for any other path, in that language too', async () => {
    expect((await get('/berichten/abc')).text).toBe('kader nl')
    expect((await get('/zaken', 'mo-taal=en')).text).toBe('kader en')
  })
})
