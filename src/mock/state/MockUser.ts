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
  /** Email and SMS verification codes (`/users/me/validate-*`), the last one per channel. */
  verifications?: { email?: MockVerificationCode; sms?: MockVerificationCode }
  /** SMS sent outside dry-run mode (the daily limit per phone), ms since the epoch. */
  smsSent?: { telephone: string; at: number }[]
  /** Set by a confirmed SMS code. */
  verifiedTelephone?: string
  /** Set by a confirmed email code. */
  verifiedEmail?: string
  /** Derived addresses (`/users/me/wallets/global`, `/safes/:safeAddress/wallets`), by family. */
  derived?: {
    global: Record<string, string[]>
    perSafe: Record<string, Record<string, string[]>>
    /** The last derivation, for the per-signer rate limit. */
    lastAt?: number
  }
  /** Safes added with `safe-provision` (a new salt), besides the primary one per chain. */
  extraSafes?: { chainId: number; address: Address; saltNonce: string }[]
  /** The last `safe_provision_token` issued by a sign-in with `intent: "safe_provision"`. */
  safeProvision?: { token: string; expiresAt: number; used: boolean }
  /** The KYC session of `POST /v1.2/auth/iframe` (the same one is handed out again). */
  kycSession?: { sessionId: string; sent: boolean }
  /** The KYB enrollment of `POST /v1.2/auth/enroll` (one per user: a second is a 409). */
  kybEnrollment?: { sessionId: string; email: string; companyRegistrationNumber: string }
  /** Automation module settings (`PUT /v1.2/safes/:safeAddress/automation-module/config`), by Safe. */
  automation?: Record<string, Record<string, unknown>>
}

/** A verification code sent by email or SMS: single use, 1 h, 5 tries. */
export type MockVerificationCode = {
  /** The email address or telephone number it was sent to. */
  target: string
  code: string
  expiresAt: number
  attempts: number
  used: boolean
}
