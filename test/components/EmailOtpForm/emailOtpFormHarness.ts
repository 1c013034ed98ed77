// Helpers of the EmailOtpForm tests: the code the mock "emailed", an email user made through
// the core ceremony, and every place a secret could linger once a journey is over.
import { screen } from '@testing-library/react'
import { expect } from 'vitest'
import { signUp } from '../../../src/core/actions/signUp.ts'
import { TEST_BASE_URL, type TestIbex } from '../../utils/createTestIbex.ts'

export const EMAIL = 'ada.lovelace@example.com'
export const PASSPHRASE = 'violet-harbour-7139'

/** The last code the mock sent to `email` (its outbox). */
export function lastCode(ibex: TestIbex, email: string = EMAIL): string {
  const entry = ibex.mock.outbox(email)
  if (!entry) throw new Error(`no code was sent to ${email}`)
  return entry.code
}

/** A 6-digit code that is not `code`. */
export function wrongCode(code: string): string {
  return code === '000000' ? '111111' : '000000'
}

/** Signs an email user up through the core ceremony, then out: a returning user. */
export async function returningEmailUser(ibex: TestIbex, email: string = EMAIL): Promise<void> {
  await signUp(ibex.client, { wallet: 'email', email })
  await signUp(ibex.client, { wallet: 'email', code: lastCode(ibex, email) })
  await signUp(ibex.client, { wallet: 'email', passphrase: PASSPHRASE })
  await ibex.client.signOut()
}

/** Spends `code` as another device would: `POST /email/recover` straight to the mock. */
export async function spendCodeElsewhere(ibex: TestIbex, email: string = EMAIL): Promise<void> {
  const entry = ibex.mock.outbox(email)
  if (!entry) throw new Error(`no code was sent to ${email}`)
  const response = await fetch(`${TEST_BASE_URL}/v1.2/auth/email/recover?rpId=localhost`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ externalUserId: entry.externalUserId, emailOtp: entry.code }),
  })
  expect(response.status).toBe(200)
}

/** Text of the polite or assertive live region inside `root`, whitespace trimmed. */
export function liveText(root: Element, politeness: 'polite' | 'assertive'): string {
  const regions = root.querySelectorAll(`[data-ibex-live="${politeness}"]`)
  return Array.from(regions, (region) => (region.textContent ?? '').trim())
    .filter(Boolean)
    .join(' | ')
}

/** The code input of the form (one real input). */
export function codeInput(name = 'Code from the email'): HTMLElement {
  return screen.getByRole('textbox', { name })
}

/**
 * Fails when `secrets` appear in the TanStack mutation and query caches, in localStorage or
 * sessionStorage, or in the page.
 */
export function expectSecretsGone(ibex: TestIbex, secrets: readonly string[]): void {
  const storage = (store: Storage) =>
    Array.from({ length: store.length }, (_, i) => {
      const key = store.key(i) ?? ''
      return `${key}=${store.getItem(key)}`
    }).join('\n')
  const places = {
    mutationCache: JSON.stringify(
      ibex.queryClient
        .getMutationCache()
        .getAll()
        .map((mutation) => ({ key: mutation.options.mutationKey, state: mutation.state })),
    ),
    queryCache: JSON.stringify(
      ibex.queryClient
        .getQueryCache()
        .getAll()
        .map((query) => ({ key: query.queryKey, state: query.state })),
    ),
    localStorage: storage(window.localStorage),
    sessionStorage: storage(window.sessionStorage),
    page: document.body.outerHTML,
  }
  for (const secret of secrets) {
    for (const [place, text] of Object.entries(places)) {
      expect(text.includes(secret), `${place} holds secret #${secrets.indexOf(secret)}`).toBe(false)
    }
  }
}
