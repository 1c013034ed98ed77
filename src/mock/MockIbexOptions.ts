import type { SignInDataBuilder } from './data/buildSignInData.ts'

/**
 * Options of {@link createMockIbex}. Every lifetime is in seconds.
 *
 * @example
 * const mock = createMockIbex({ rpIds: ['app.example.com'], seed: 'story', now: () => clock })
 */
export type MockIbexOptions = {
  /** Registered rpIds besides `localhost`, `127.0.0.1` and `[::1]`, which are always known. */
  rpIds?: readonly string[] | undefined
  /** Chain of a session when the request names none. Default 421614 (Arbitrum Sepolia). */
  defaultChainId?: number | undefined
  /** Chains with a Safe for every user. Default `[421614, 100, 8453]`. */
  chainIds?: readonly number[] | undefined
  /** Access-token lifetime. Default 3600. */
  accessTokenTtl?: number | undefined
  /** Refresh-token lifetime. Default 86 400 (24 h). */
  refreshTokenTtl?: number | undefined
  /** Email-code lifetime. Default 30. */
  otpTtl?: number | undefined
  /** Lifetime of every challenge (passkey, PIN, email, 7702). Default 300. */
  challengeTtl?: number | undefined
  /** The clock, in milliseconds since the epoch. Default `Date.now`. */
  now?: (() => number) | undefined
  /** Makes ids, salts, challenges, codes and secrets deterministic. */
  seed?: string | number | undefined
  /**
   * Extra origins accepted in `clientDataJSON.origin` (related origins) and by the Node server's
   * CORS, besides the rpId, its subdomains and localhost.
   */
  allowedOrigins?: readonly string[] | undefined
  /** Put the email code in the GET response (`emailOtp`), as IBEx test environments do. Default false. */
  returnOtpInResponse?: boolean | undefined
  /** An `asyncData` enrichment becomes READY this long after the sign-in (or on the 2nd poll). Default 500. */
  signInDataDelayMs?: number | undefined
  /** Builds the `balance` / `transactions` / `userdata` blocks of an enriched sign-in. */
  buildSignInData?: SignInDataBuilder | undefined
  /** How injected latency waits. Default `setTimeout`. */
  sleep?: ((ms: number) => Promise<void>) | undefined
}

/** {@link MockIbexOptions} with every default applied. */
export type MockIbexConfig = {
  rpIds: readonly string[]
  defaultChainId: number
  chainIds: readonly number[]
  accessTokenTtl: number
  refreshTokenTtl: number
  otpTtl: number
  challengeTtl: number
  now: () => number
  seed: string | number | undefined
  allowedOrigins: readonly string[]
  returnOtpInResponse: boolean
  signInDataDelayMs: number
  buildSignInData: SignInDataBuilder
  sleep: (ms: number) => Promise<void>
}
