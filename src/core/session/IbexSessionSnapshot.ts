import type { IbexSessionUser } from './IbexSessionRecord.ts'

/** `loading` until a stored session has been read (async storage), then one of the other two. */
export type IbexSessionStatus = 'loading' | 'signed-out' | 'signed-in'

/**
 * What React (or anything) renders from: no tokens in here. The object is replaced only when
 * something in it changes, so it can be returned from `useSyncExternalStore` as is.
 *
 * @example
 * const { status, user } = client.session.getSnapshot()
 * if (status === 'signed-in') show(user.safeAddresses['421614'])
 */
export type IbexSessionSnapshot =
  | { status: 'loading' | 'signed-out'; user: null; expiresAt: null }
  | {
      status: 'signed-in'
      user: IbexSessionUser
      /** When the access token expires, ms since the epoch. */
      expiresAt: number
    }

/**
 * The token pair, read through `client.session.getTokens()` (never part of the snapshot).
 *
 * @example
 * const tokens = client.session.getTokens()
 */
export type IbexSessionTokens = {
  accessToken: string
  refreshToken: string
  /** Access token expiry, ms since the epoch. */
  expiresAt: number
}
