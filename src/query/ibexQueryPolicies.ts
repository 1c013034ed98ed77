import { isNotIndexedError } from '../core/actions/data/isNotIndexedError.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import type { IbexUserResource } from './ibexQueryKeys.ts'

/** What a data query does about freshness and failures (TanStack options). */
export type IbexQueryPolicy = {
  staleTime: number
  refetchOnWindowFocus: boolean
  retry: boolean | ((failureCount: number, error: IbexError) => boolean)
  retryDelay?: number | undefined
}

/** The resources the data hooks read (operation status and sign-in data have their own). */
export type IbexDataResource = Exclude<
  IbexUserResource,
  'operationStatus' | 'signInData' | 'batchStatus'
>

const SECOND = 1_000
const MINUTE = 60 * SECOND

/** How many times a "not indexed yet" 404 is retried, 5 s apart (IBEx says: retry after 5–10 s). */
const NOT_INDEXED_RETRIES = 3

const live = { refetchOnWindowFocus: true, retry: false } as const
const settled = { refetchOnWindowFocus: false, retry: false } as const

/**
 * The kit's policy per resource; a hook's `query: {...}` overrides any of it.
 *
 * - **Stale times**: what moves with the user's activity is fresh for 30 s (balances and
 *   transactions, which the realtime socket and confirmed operations also update or invalidate;
 *   the operations history), DeFi positions for 1 min; the user's Safes, profile and tokens for
 *   5 min; the catalogues (chains, DeFi pools) for 1 h, as IBEx only refreshes them periodically.
 * - **Window focus**: only the live resources refetch on focus, and only when stale (TanStack's
 *   `true`), so coming back to the tab costs at most one request per live resource in view,
 *   never a storm that IBEx's anti-flood guard would answer with 429s.
 * - **Retries**: none, except the documented 404 "not indexed yet" of the positions (3 more
 *   tries, 5 s apart). The HTTP layer already backs off on 429 and 503; other failures (4xx, a
 *   body of the wrong shape, a signed-out session) do not heal by themselves, and a network
 *   failure is refetched on reconnect.
 *
 * @example
 * const { staleTime } = ibexQueryPolicies.balances // 30_000
 */
export const ibexQueryPolicies: { readonly [resource in IbexDataResource]: IbexQueryPolicy } = {
  balances: { staleTime: 30 * SECOND, ...live },
  transactions: { staleTime: 30 * SECOND, ...live },
  operations: { staleTime: 30 * SECOND, ...live },
  positions: {
    staleTime: MINUTE,
    refetchOnWindowFocus: true,
    retry: (failureCount, error) => isNotIndexedError(error) && failureCount < NOT_INDEXED_RETRIES,
    retryDelay: 5 * SECOND,
  },
  addresses: { staleTime: 5 * MINUTE, ...settled },
  userData: { staleTime: 5 * MINUTE, ...settled },
  tokens: { staleTime: 5 * MINUTE, ...settled },
  chains: { staleTime: 60 * MINUTE, ...settled },
  vaults: { staleTime: 60 * MINUTE, ...settled },
  signers: { staleTime: 5 * MINUTE, ...settled },
  userChains: { staleTime: 5 * MINUTE, ...settled },
  addressBook: { staleTime: 5 * MINUTE, ...settled },
  ibans: { staleTime: 5 * MINUTE, ...settled },
  sepaTransactions: { staleTime: 30 * SECOND, ...live },
  mandates: { staleTime: 5 * MINUTE, ...settled },
}
