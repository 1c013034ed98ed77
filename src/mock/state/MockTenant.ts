import type { Address } from 'viem'
import type { MockOperationIntent } from '../operations/MockOperationIntent.ts'
import type { MockQuote } from '../operations/MockQuote.ts'
import type { MockRouteQuote } from '../routing/MockRouteQuote.ts'
import type { MockUser } from './MockUser.ts'

/** A registered passkey (WebAuthn credential). */
export type MockPasskeyCredential = {
  /** Credential id, base64url. */
  id: string
  externalUserId: string
  /** COSE public key. */
  publicKey: Uint8Array<ArrayBuffer>
  counter: number
  transports: string[]
  createdAt: number
}

/** What a passkey sign-up GET asked for, kept until the POST. */
export type MockRegistration = {
  userHandle: string
  userName: string
  userDisplayName: string
  keyName: string
  keyDisplayName: string
}

/** A challenge issued by a GET (or `/email/recover`), single use and expiring. */
export type MockChallenge = {
  value: string
  kind: 'passkey-create' | 'passkey-get' | 'kdf' | 'email'
  purpose: 'sign-up' | 'sign-in'
  externalUserId?: string
  /** Milliseconds since the epoch. */
  expiresAt: number
  used: boolean
  registration?: MockRegistration
}

/** A SIWE-like 7702 challenge, looked up by its nonce. */
export type MockWalletChallenge = {
  nonce: string
  address: Address
  chainId: number
  message: string
  /** `wallet`: `POST /v1.2/auth/wallet-challenge`, for sign-up and sign-in alike. */
  purpose: 'sign-up' | 'sign-in' | 'wallet'
  expiresAt: number
  used: boolean
}

/** The last email code sent to a user. */
export type MockOtp = {
  code: string
  email: string
  externalUserId: string
  sentAt: number
  expiresAt: number
  used: boolean
  /** Wrong codes tried against this one; at `maxOtpAttempts` it is burnt. */
  attempts?: number
}

/** A refresh token issued (single use). */
export type MockRefreshRecord = {
  jti: string
  externalUserId: string
  chainId: number
  expiresAt: number
  used: boolean
}

/** Which enrichment blocks a sign-in asked for. */
export type MockSignInInclude = { balance: boolean; transactions: boolean; userdata: boolean }

/** An `asyncData` sign-in enrichment, polled at `GET /v1.2/auth/sign-in/data/:id`. */
export type MockDataRequest = {
  id: string
  externalUserId: string
  chainId: number
  include: MockSignInInclude
  createdAt: number
  expiresAt: number
  polls: number
}

/** Everything one rpId owns: tenants never see each other's users, passkeys or challenges. */
export type MockTenant = {
  rpId: string
  users: Map<string, MockUser>
  credentials: Map<string, MockPasskeyCredential>
  challenges: Map<string, MockChallenge>
  walletChallenges: Map<string, MockWalletChallenge>
  /** By externalUserId. */
  otps: Map<string, MockOtp>
  refreshTokens: Map<string, MockRefreshRecord>
  dataRequests: Map<string, MockDataRequest>
  /** Safe operations by `userOpHash` (lowercase hex). */
  operations: Map<string, MockOperationIntent>
  /** Swap quotes by `quoteId`. */
  quotes: Map<string, MockQuote>
  /** Route quotes by `routeId` (docs/protocol.md). */
  routes: Map<string, MockRouteQuote>
  /** Access tokens issued, by `jti`, so that `expireSession` can expire them before `exp`. */
  accessTokens: Map<string, MockAccessRecord>
}

/** An access token issued; `expired` once a dev control expired it early. */
export type MockAccessRecord = { externalUserId: string; expiresAt: number; expired: boolean }
