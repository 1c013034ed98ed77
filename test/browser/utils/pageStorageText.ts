import type { Page } from 'playwright-core'

/**
 * localStorage, sessionStorage and every IndexedDB record of `page`'s origin, as one JSON
 * string: what a leak check searches.
 *
 * @example
 * expect(await pageStorageText(page)).not.toContain(pin)
 */
export function pageStorageText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const records: unknown[] = [{ ...localStorage }, { ...sessionStorage }]
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name as string)
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      for (const storeName of Array.from(db.objectStoreNames)) {
        const all = db.transaction(storeName).objectStore(storeName).getAll()
        records.push(
          await new Promise((resolve) => {
            all.onsuccess = () => resolve({ storeName, values: all.result })
          }),
        )
      }
      db.close()
    }
    return JSON.stringify(records)
  })
}
