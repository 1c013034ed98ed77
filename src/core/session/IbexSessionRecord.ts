import type { Address } from 'viem'

/**
 * The signed-in user as the kit keeps it (docs/protocol.md fields, normalised): Safe
 * addresses per chain id string, the EVM EOA and other derived addresses, and how they signed in.
 *
 * @example
 * const { user } = useSession()
 * user?.safeAddresses['421614'] // '0x…'
 */
export type IbexSessionUser = {
  externalUserId: string
  /** IBEx `authMethod`: `PASSKEY`, `PIN_KDF`, `EMAIL`, `EOA_7702` (7702 sessions), `SMS` … */
  authMethod: string
  /** Chain id (string) → Safe address. For 7702 users, the EOA itself on the delegated chain. */
  safeAddresses: { [chainId: string]: Address }
  eoaAddress?: Address | undefined
  eoaAddresses?: { type: string; address: string }[] | undefined
  /** The session's chain. */
  chainId: number
  hasPasskey: boolean
  prfCapable: boolean
  /** The bound signer of PIN and email users (an address). */
  publicKey?: string | undefined
  /** `SAFE_4337` or `EOA_7702` when IBEx says so. */
  walletMode?: string | undefined
  /**
   * 7702 users: chain id (string) → the contract IBEx asked the EOA to delegate to there (the
   * `delegation.implementation` of the sign-up or sign-in answer), for `useActivateDelegation`.
   */
  delegations?: { [chainId: string]: Address } | undefined
}

/**
 * What the kit persists and hands between tabs: the token pair, when it was obtained and when it
 * expires (ms since the epoch), and the user. `readSessionRecord` checks a stored value against
 * it before it is trusted.
 *
 * @example
 * const record: IbexSessionRecord = { v: 1, accessToken, refreshToken, expiresAt, issuedAt, user }
 */
export type IbexSessionRecord = {
  v: 1
  accessToken: string
  refreshToken: string
  expiresAt: number
  issuedAt: number
  /** From the refresh token's `exp`, when it is a readable JWT. */
  refreshExpiresAt?: number | undefined
  user: IbexSessionUser
}
