import type {
  IbexProtocolProfile,
  IbexProtocolProfileInput,
} from '../core/protocol/IbexProtocolProfile.ts'
import type { SignInDataBuilder } from './data/buildSignInData.ts'

/**
 * Starting balances of every new Safe: chain id → token (symbol or address) → human amount.
 *
 * @example
 * const initialBalances: MockInitialBalances = { 421614: { 'EUR-IBEX': '250', ETH: '0.05' } }
 */
export type MockInitialBalances = Readonly<Record<number, Readonly<Record<string, string>>>>

/** Cancels a timer started by {@link MockIbexOptions.setTimer}. */
export type MockTimerCancel = () => void

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
  /**
   * Starting balances of each new Safe (credited once, from the faucet). Default 100 EUR-IBEX,
   * 100 USD-IBEX and 0.01 ETH on 421614; `{}` starts every Safe empty.
   */
  initialBalances?: MockInitialBalances | undefined
  /**
   * How long an executed operation stays EXECUTED before it is CONFIRMED (or FAILED), on the
   * mock clock (`now`): advance the clock to settle it. Default 1500.
   */
  operationConfirmDelayMs?: number | undefined
  /** Lifetime of a prepared operation (`expiresAt`). Default 300. */
  operationTtl?: number | undefined
  /** Lifetime of a swap quote (`validTo`). Default 300. */
  quoteTtl?: number | undefined
  /**
   * WebSocket timings: the first-message auth deadline (default 30 000 ms, then close 4001) and
   * the delay between `auth_error` and the close (default 500 ms).
   */
  webSocket?: { authTimeoutMs?: number | undefined; closeDelayMs?: number | undefined } | undefined
  /** Starts a timer for the WebSocket (auth deadline, close delays). Default `setTimeout`. */
  setTimer?: ((callback: () => void, ms: number) => MockTimerCancel) | undefined
  /**
   * Answer `POST /v1.2/users/me` on localhost-like rpIds with IBEx's 400 `rpId is not valid`
   * (docs/protocol.md). Default false, so local development can store user data.
   */
  strictUserDataRpId?: boolean | undefined
  /**
   * The protocol profile the mock verifies PIN and email proofs and key users' operation
   * signatures by (a part, deep-merged over `defaultProtocolProfile`), so a test can play a
   * tenant whose undocumented rules differ. Same shape as `createIbexClient({ protocol })`.
   */
  protocol?: IbexProtocolProfileInput | undefined
  /**
   * A secret for the dev controls (`/__mock/*`) of a mock shared between machines: with it, they
   * answer only requests carrying it in `X-Ibex-Mock-Token`, from anywhere; without it (the
   * default), the Node server's only answer loopback clients, and of browser pages only the
   * mock's own origin and `allowedOrigins`.
   */
  devToken?: string | undefined
}

/** {@link MockIbexOptions} with every default applied. */
export type MockIbexConfig = {
  rpIds: readonly string[]
  defaultChainId: number
  chainIds: readonly number[]
  /**
   * Every chain the mock answers for (requests, `/v1.2/chains/`, JSON-RPC at
   * `/__mock/rpc/:chainId`): `chainIds` plus the chains IBEx's documentation names (Sepolia
   * 11155111 for EIP-7702, Arbitrum One 42161, Ethereum 1), where users have no Safe until a
   * 7702 user signs in there.
   */
  servedChainIds: readonly number[]
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
  initialBalances: MockInitialBalances
  operationConfirmDelayMs: number
  operationTtl: number
  quoteTtl: number
  webSocket: { authTimeoutMs: number; closeDelayMs: number }
  setTimer: (callback: () => void, ms: number) => MockTimerCancel
  strictUserDataRpId: boolean
  protocol: IbexProtocolProfile
  devToken: string | undefined
}
