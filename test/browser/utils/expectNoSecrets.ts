import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { pageStorageText } from './pageStorageText.ts'
import type { RecordedRequest } from './recordRequests.ts'

/**
 * Asserts that no secret (a PIN, a passphrase, a private key in any of its written forms)
 * appears in the URL or body of any recorded request, nor in the localStorage, sessionStorage
 * or IndexedDB of any of `pages`. Returns each page's storage, for the caller to check that
 * something was read at all.
 *
 * @example
 * const [storage] = await expectNoSecrets({ requests: sent, pages: [page] }, [PIN, ...keyForms])
 * expect(storage).toContain('ibex')
 */
export async function expectNoSecrets(
  where: { requests: RecordedRequest[]; pages: Page[] },
  secrets: string[],
): Promise<string[]> {
  // A short "secret" would match by chance and prove nothing.
  for (const secret of secrets) expect(secret.length).toBeGreaterThanOrEqual(6)
  const storages = await Promise.all(where.pages.map((page) => pageStorageText(page)))
  for (const secret of secrets) {
    for (const request of where.requests) {
      expect(request.url, `${request.method} ${request.path}`).not.toContain(secret)
      expect(request.body, `${request.method} ${request.path}`).not.toContain(secret)
    }
    for (const storage of storages) expect(storage, 'page storage').not.toContain(secret)
  }
  return storages
}
