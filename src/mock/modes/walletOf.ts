import { MockHttpError } from '../errors/MockHttpError.ts'
import type { MockContext } from '../http/MockContext.ts'
import { walletModes, type MockWalletModeName } from './walletModes.ts'

/**
 * The mode of an auth request: `wallet` (body, then query), else the deprecated `flow=pin-kdf`
 * (→ kdf) and `passkeys=TRUE|FALSE` (FALSE → the legacy account flow, as is a POST carrying only
 * `emailCode`), else passkeys (docs/protocol.md).
 */
export function walletOf(ctx: MockContext, body: Record<string, unknown> = {}): MockWalletModeName {
  const query = ctx.url.searchParams
  const wallet = body.wallet ?? query.get('wallet')
  if (typeof wallet === 'string' && wallet !== '') {
    const name = wallet.toLowerCase()
    if (Object.hasOwn(walletModes, name) && name !== 'account') return name as MockWalletModeName
    if (name === 'sms') throw new MockHttpError('NOT_IMPLEMENTED', 'wallet=sms is not mocked')
    throw new MockHttpError('VALIDATION', `Unknown wallet ${wallet}: passkeys, kdf, email or 7702`)
  }
  if ((body.flow ?? query.get('flow')) === 'pin-kdf') return 'kdf'
  const passkeys = body.passkeys ?? query.get('passkeys')
  if (passkeys === false || String(passkeys).toUpperCase() === 'FALSE') return 'account'
  if (body.emailCode !== undefined && body.credential === undefined) return 'account'
  return 'passkeys'
}
