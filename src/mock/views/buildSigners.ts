import { userSafes } from '../wallet/userSafes.ts'
import type { MockView } from './MockView.ts'
import { signerOf } from './signerOf.ts'

/**
 * `GET /users/me/signers` (docs/protocol.md): the user's one signer (none for a legacy account
 * without a wallet).
 *
 * @example
 * buildSigners(view) // { count: 1, signers: [{ type: 'PASSKEY', … }] }
 */
export function buildSigners(view: MockView): { count: number; signers: unknown[] } {
  if (view.user.wallet === 'account') return { count: 0, signers: [] }
  const safesCount = new Set(userSafes(view.user, view.config).map((safe) => safe.address)).size
  return { count: 1, signers: [signerOf(view.user, safesCount)] }
}
