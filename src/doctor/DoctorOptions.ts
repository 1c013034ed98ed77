import type { IbexProtocolProfileInput } from '../core/protocol/IbexProtocolProfile.ts'

/** Options of {@link runDoctor} (the flags of `ibex-doctor`). */
export type DoctorOptions = {
  /** The IBEx host, e.g. `https://passkeys-testnet.ibex.fi`. */
  baseUrl: string
  /** The app's origin, e.g. `https://app.example.com`: CORS and the rpId are checked for it. */
  origin: string
  /** Sent as `X-RpId` / `X-Rp-Id`, as the kit does when `rpId` is set. */
  rpId?: string | undefined
  /** `X-Blockchain-Id` and the WebSocket's chain. Default 421614. */
  chainId?: number | undefined
  /** The profile to check (a part, deep-merged over the default). */
  protocol?: IbexProtocolProfileInput | undefined
  /** Create a PIN user (and an email user with `email`) on the server. Default false. */
  createTestUser?: boolean | undefined
  /** With `createTestUser`: also sign up and in with this email. */
  email?: string | undefined
  /** The first emailed code, if already known. */
  emailCode?: string | undefined
  /** Asks for an emailed code (the CLI's prompt). */
  readEmailCode?: ((email: string) => Promise<string | undefined>) | undefined
  /** Read codes from the mock's dev outbox (`GET /__mock/outbox`): only against `ibex-mock`. */
  mockOutbox?: boolean | undefined
  /** Proof tries for profile discovery, each on a fresh challenge. Default 24. */
  maxAttempts?: number | undefined
  /** Default: the global `fetch`. */
  fetch?: typeof globalThis.fetch | undefined
}
