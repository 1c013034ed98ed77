import { MockHttpError } from '../../errors/MockHttpError.ts'

/**
 * The `walletAddress` of a balances or transactions read. `iban` with it is 400 (docs/protocol.md); alone it is 400 too, as the mock links no IBAN to any user.
 *
 * @example
 * const walletAddress = exclusiveWalletOrIban(ctx.url)
 */
export function exclusiveWalletOrIban(url: URL): string | undefined {
  const walletAddress = url.searchParams.get('walletAddress') || undefined
  const iban = url.searchParams.get('iban')?.replace(/\s+/g, '').toUpperCase() || undefined
  if (walletAddress && iban) {
    throw new MockHttpError('VALIDATION', 'walletAddress and iban cannot be combined')
  }
  if (iban) throw new MockHttpError('VALIDATION', `IBAN ${iban} is not linked to this user`)
  return walletAddress
}
