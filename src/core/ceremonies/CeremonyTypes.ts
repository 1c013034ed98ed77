import type { Address, Hex } from 'viem'
import type { IbexSessionUser } from '../session/IbexSessionRecord.ts'

/**
 * The stage a ceremony has reached, reported through `onStep` before it starts:
 * `challenge` (GET from IBEx), `authenticator` (the device-side proof: passkey prompt, PIN
 * derivation, backup encryption or decryption, wallet signature), `verifying` (POST to IBEx).
 *
 * @example
 * const labels: Record<CeremonyStep, string> = { challenge: 'Contacting IBEx…',
 *   authenticator: 'Confirm on your device…', verifying: 'Signing you in…' }
 */
export type CeremonyStep = 'challenge' | 'authenticator' | 'verifying'

/**
 * The last, optional argument of `signUp` and `signIn`.
 *
 * @example
 * const controller = new AbortController()
 * await signIn(client, { mediation: 'conditional' }, { signal: controller.signal, onStep: setStep })
 */
export type CeremonyOptions = {
  /**
   * Cancels the ceremony: a passkey prompt is closed and the call rejects with
   * `webauthn/aborted`; in the other modes it rejects with the `…/aborted` code of the step it
   * interrupted (`network/aborted`, `signer/aborted`, `wallet/aborted`). Nothing more is sent.
   */
  signal?: AbortSignal | undefined
  /** Told each step just before it starts, in order. */
  onStep?: ((step: CeremonyStep) => void) | undefined
}

/**
 * The external wallet of the EIP-7702 mode, as wagmi or a viem account provides it.
 *
 * @example
 * const signer: Eip7702Signer = {
 *   address: account.address,
 *   chainId: 11155111,
 *   signMessage: (message) => account.signMessage({ message }),
 * }
 */
export type Eip7702Signer = {
  /** The connected EOA. */
  address: Address
  /** The chain to delegate on (the wallet's current chain). */
  chainId: number
  /** EIP-191 `personal_sign` of `message`; rejects as the wallet does when the user refuses. */
  signMessage: (message: string) => Promise<Hex>
}

/**
 * What an enriched sign-in returns (`includeBalance` …): the same blocks as `GET /users/me`,
 * `/balances` and `/transactions` (docs/protocol.md), as IBEx sent them.
 *
 * @example
 * if (result.status === 'signed-in') seedBalances(result.enrichment?.balance)
 */
export type CeremonyEnrichment = {
  balance?: unknown
  transactions?: unknown
  userdata?: unknown
}

/**
 * Where a ceremony stands once its call resolves: signed in, or (email mode) waiting for the
 * code or the passphrase of the next step.
 *
 * @example
 * const result = await signIn(client, { wallet: 'email' })
 * if (result.status === 'awaiting-code') showCodeInput(result.emailHint, result.codeExpiresAt)
 */
export type CeremonyResult =
  | {
      status: 'signed-in'
      user: IbexSessionUser
      /** The blocks asked for with `include*` (fetched by polling when `asyncData`). */
      enrichment?: CeremonyEnrichment | undefined
      /**
       * Whether the asked-for enrichment arrived: `failed` when IBEx reported FAILED, `timed-out`
       * when an `asyncData` poll gave up. Absent when no enrichment was asked for.
       */
      enrichmentStatus?: 'ready' | 'failed' | 'timed-out' | undefined
      /** EIP-7702 mode: what the wallet must now authorise on `chainId`. */
      delegation?: { implementation: Address; chainId: number } | undefined
    }
  | {
      status: 'awaiting-code'
      externalUserId: string
      /** When the emailed code expires, ms since the epoch. */
      codeExpiresAt: number
      /** Masked address the code went to, e.g. `a***@example.com`. */
      emailHint?: string | undefined
    }
  | { status: 'awaiting-passphrase'; externalUserId: string }

/**
 * The extras a sign-in may ask IBEx for (docs/protocol.md).
 *
 * @example
 * await signIn(client, { wallet: 'passkeys', includeBalance: true, asyncData: true })
 */
export type SignInEnrichment = {
  includeBalance?: boolean | undefined
  includeTransactions?: boolean | undefined
  includeUserdata?: boolean | undefined
  /** With an include flag: IBEx answers at once and the kit polls for the data. */
  asyncData?: boolean | undefined
  /** Chain of the session and of the enrichment. */
  chainId?: number | undefined
}
