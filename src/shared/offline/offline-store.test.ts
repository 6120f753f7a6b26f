import 'fake-indexeddb/auto'
import { openDB } from 'idb'
import { afterEach, describe, expect, it } from 'vitest'
import { deleteDatabases } from '@/shared/storage/wipe-device-data'
import { findCopy, keepCopy, MAX_KOPIEEN, OFFLINE_DATABASE } from './offline-store'

const fatima = { bsn: '999990019', namens: null }
const fatimaVoorMoeder = { bsn: '999990019', namens: '999990020' }
const brp = { naam: { voornamen: 'Fatima', geslachtsnaam: 'El Amrani' }, burgerservicenummer: '999990019' }

async function records(): Promise<Record<string, unknown>[]> {
  const database = await openDB(OFFLINE_DATABASE)
  const all = (await database.getAll('kopieen')) as Record<string, unknown>[]
  database.close()
  return all
}

describe('the offline store', () => {
  afterEach(() => deleteDatabases())

  it('gives back what was kept for this person and this URL, with the time of the answer', async () => {
    await keepCopy(fatima, '/api/brp/personen', brp, 1_000)
    expect(await findCopy(fatima, '/api/brp/personen')).toEqual({ data: brp, opgeslagenOp: 1_000 })
    expect(await findCopy(fatima, '/api/berichten')).toBeUndefined()
  })

  it('keeps it encrypted: neither the BSN, the name nor the URL is readable in IndexedDB', async () => {
    await keepCopy(fatima, '/api/brp/personen?bsn=999990019', brp, 1_000)
    const opgeslagen = JSON.stringify(await records(), (_key, value: unknown) =>
      value instanceof ArrayBuffer || ArrayBuffer.isView(value) ? new TextDecoder().decode(value as ArrayBuffer) : value,
    )
    expect(opgeslagen).not.toContain('El Amrani')
    expect(opgeslagen).not.toContain('999990019')
    expect(opgeslagen).not.toContain('/api/brp')
  })

  it('keeps what she saw for her mother apart from what she saw for herself', async () => {
    await keepCopy(fatimaVoorMoeder, '/api/brp/personen', { naam: 'moeder' }, 1_000)
    expect(await findCopy(fatima, '/api/brp/personen')).toBeUndefined()
    expect((await findCopy(fatimaVoorMoeder, '/api/brp/personen'))?.data).toEqual({ naam: 'moeder' })
  })

  it(`keeps at most ${MAX_KOPIEEN} answers per person: the ones used longest ago go`, async () => {
    for (let pagina = 0; pagina < MAX_KOPIEEN + 3; pagina += 1) await keepCopy(fatima, `/api/berichten?pagina=${pagina}`, { pagina }, pagina)
    expect(await records()).toHaveLength(MAX_KOPIEEN)
    expect(await findCopy(fatima, '/api/berichten?pagina=0')).toBeUndefined()
    expect((await findCopy(fatima, `/api/berichten?pagina=${MAX_KOPIEEN + 2}`))?.data).toEqual({ pagina: MAX_KOPIEEN + 2 })
  }, 20_000)

  it('a changed record cannot be read: it is removed and says so, instead of showing wrong data', async () => {
    await keepCopy(fatima, '/api/brp/personen', brp, 1_000)
    const database = await openDB(OFFLINE_DATABASE)
    const [record] = (await database.getAll('kopieen')) as { data: ArrayBuffer }[]
    if (!record) throw new Error('nothing kept')
    const bytes = new Uint8Array(record.data.slice(0))
    bytes[0] = (bytes[0] ?? 0) ^ 0xff
    await database.put('kopieen', { ...record, data: bytes.buffer })
    database.close()
    await expect(findCopy(fatima, '/api/brp/personen')).rejects.toMatchObject({ name: 'OnleesbareKopie' })
    expect(await records()).toEqual([])
  })
})
