import type { IbexSessionUser } from './IbexSessionRecord.ts'
import type { IbexAuthResponse, IbexWalletMode } from './sessionFromAuthResponse.ts'
import type { IbexSessionSnapshot, IbexSessionTokens } from './IbexSessionSnapshot.ts'

/**
 * `client.session`: the session as an external store. `subscribe` / `getSnapshot` /
 * `getServerSnapshot` plug straight into `useSyncExternalStore`; tokens are read separately and
 * never trigger a render.
 *
 * @example
 * const session = useSyncExternalStore(client.session.subscribe, client.session.getSnapshot,
 *   client.session.getServerSnapshot)
 */
export type IbexSessionStore = {
  subscribe(listener: () => void): () => void
  getSnapshot(): IbexSessionSnapshot
  /**
   * `loading` (a server cannot know the browser's session), or the session of `initialState`
   * when the client was given one (`transport: 'proxy'`).
   */
  getServerSnapshot(): IbexSessionSnapshot
  /** The current pair, possibly expired; `client.getAccessToken()` returns a valid one. */
  getTokens(): IbexSessionTokens | null
  /** Resolves once the stored session has been read (at once for synchronous storage). */
  whenReady(): Promise<void>
  /**
   * Signs the user in from any auth body (sign-up, sign-in, 7702, refresh): persists it, tells
   * the other tabs and updates `client.lastUser`. The auth actions call it for you.
   */
  applyAuthResponse(
    response: IbexAuthResponse,
    options?: {
      /** The mode signed in with; names `authMethod` when the body does not. */
      wallet?: IbexWalletMode | undefined
      /** `METHOD /path` the body came from, for error messages. */
      endpoint?: string | undefined
      /** Stored in `client.lastUser` (mask it first, see `maskEmail`). */
      emailHint?: string | undefined
    },
  ): Promise<IbexSessionUser>
}
