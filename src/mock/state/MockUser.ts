import type { Address } from 'viem'

/** How a user signs: the `wallet` mode of their sign-up (`account` = legacy `passkeys=FALSE`). */
export type MockWallet = 'passkeys' | 'kdf' | 'email' | '7702' | 'account'

/**
 * A user of one tenant (rpId). Created `pending` by the GET of the PIN and email modes, `active`
 * once a signer is bound. Balances live in the state's ledger, keyed by the user's Safes.
 */
export type MockUser = {
  externalUserId: string
  /** Internal id; only the legacy `passkeys=FALSE` responses show it. */
  userId: string
  rpId: string
  wallet: MockWallet
  status: 'pending' | 'active'
  createdAt: number
  /** JWT `sid`. */
  signerId: string
  signerVersion: number
  /** Safe per chain id (as a string), filled when the signer is bound. */
  safeAddress: Record<string, Address>
  eoaAddresses: { type: string; address: string }[]
  /** Client nonces of KDF/email proofs already seen (replay guard). */
  usedNonces: Set<string>
  passkey?: {
    userHandle: string
    userName: string
    userDisplayName: string
    keyName: string
    keyDisplayName: string
    prfCapable: boolean
    credentialIds: string[]
  }
  kdf?: { salt: string; saltVersion: number; kdfParamsVersion: number }
  email?: string
  emailVerified: boolean
  backup?: { encryptedPrivateKey: string; backupSalt: string; backupKdf: Record<string, unknown> }
  /** The bound KDF or email signer (checksummed address). */
  publicKey?: Address
  /** The EOA of a 7702 user (its delegation lives on the mock chains, see `MockChain`). */
  eoa?: Address
  /** Key/values of `POST /v1.2/users/me` (`private.` keys are stored, never returned). */
  userData?: Record<string, unknown>
}
