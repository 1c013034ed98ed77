/** What the 7702 challenge names. */
export type Eip7702ChallengeFields = {
  rpId: string
  /** Checksummed EOA. */
  address: string
  chainId: number
  nonce: string
  /** ISO-8601. */
  issuedAt: string
  /** ISO-8601. */
  expirationTime: string
}

/**
 * The SIWE-like text an EOA signs (EIP-191) to sign up or in with `wallet=7702`. IBEx documents
 * only its first line (docs/protocol.md); the rest is our template (docs/protocol.md, EIP-7702), kept in this one module so it can follow the live service.
 *
 * @example
 * eip7702ChallengeMessage({ rpId: 'localhost', address, chainId: 421614, nonce, issuedAt, expirationTime })
 */
export function eip7702ChallengeMessage(fields: Eip7702ChallengeFields): string {
  return [
    'IBEx Wallet wants you to sign in with your Ethereum account:',
    fields.address,
    '',
    `Sign in to ${fields.rpId} with IBEx Wallet.`,
    '',
    `URI: ${fields.rpId}`,
    'Version: 1',
    `Chain ID: ${fields.chainId}`,
    `Nonce: ${fields.nonce}`,
    `Issued At: ${fields.issuedAt}`,
    `Expiration Time: ${fields.expirationTime}`,
  ].join('\n')
}
