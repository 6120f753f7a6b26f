/**
 * Opens an IndexedDB database the way every feature must: the connection closes itself on
 * `versionchange`, so logout's wipe (wipe-device-data.ts) can delete the database at once
 * instead of waiting on a connection that is still open.
 */
export function openDatabase(name: string, version: number, upgrade: (database: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version)
    request.onupgradeneeded = () => upgrade(request.result)
    request.onerror = () => reject(request.error ?? new Error(`IndexedDB ${name} kon niet open`))
    request.onsuccess = () => {
      const database = request.result
      database.onversionchange = () => database.close()
      resolve(database)
    }
  })
}
