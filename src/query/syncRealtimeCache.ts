import type { QueryClient, QueryKey } from '@tanstack/query-core'
import type { IbexClient } from '../core/client/IbexClient.ts'
import { IbexError } from '../core/errors/IbexError.ts'
import { unrefTimer } from '../core/http/unrefTimer.ts'
import type { IbexBalances } from '../core/parse/IbexBalances.ts'
import type { IbexTransactionsPage } from '../core/parse/IbexTransactions.ts'
import { parseBalances } from '../core/parse/parseBalances.ts'
import { parseResponse } from '../core/parse/parseResponse.ts'
import { parseTransactionsPage } from '../core/parse/parseTransactionsPage.ts'
import { parseUserData } from '../core/parse/parseUserData.ts'
import type { IbexRealtimeClient } from '../core/realtime/IbexRealtimeClient.ts'
import type { IbexRealtimeEvent } from '../core/realtime/IbexRealtimeEvent.ts'
import { isRealtimeSyncAnswer } from '../core/realtime/isRealtimeSyncAnswer.ts'
import { applyRealtimeBalanceUpdate } from './applyRealtimeBalanceUpdate.ts'
import { ibexQueryKeys, type IbexQueryKeyParams } from './ibexQueryKeys.ts'
import { ibexQueryScope } from './ibexQueryScope.ts'
import { mergeRealtimeBalances } from './mergeRealtimeBalances.ts'
import { mergeRealtimeTransactions } from './mergeRealtimeTransactions.ts'
import { prependRealtimeTransactions } from './prependRealtimeTransactions.ts'
import type { RealtimeCacheUpdate } from './realtimeCacheUpdate.ts'
import type { IbexTransactionsData } from './transactionsInfiniteQueryOptions.ts'
import { userDataSectionTargets } from './userDataSectionTargets.ts'

/** Options of {@link syncRealtimeCache}. */
export type SyncRealtimeCacheOptions = {
  /** Events of a burst within this window share one `resync`. Default 200 ms. */
  resyncDelayMs?: number | undefined
}

type Resource = 'balances' | 'transactions'
type SyncType = 'get_balance' | 'get_transactions'

/** Parses a socket body with one of the kit's parsers; `undefined` when its shape is unreadable. */
function read<T>(parse: () => T): T | undefined {
  try {
    return parse()
  } catch (error) {
    if (error instanceof IbexError) return undefined
    throw error
  }
}

/**
 * Keeps the cache of a QueryClient in step with the realtime socket, in place: no
 * invalidate-and-refetch for balance or transaction events, so a burst of pushes never turns
 * into a burst of HTTP requests. For the signed-in user (keys of `ibexQueryKeys`):
 *
 * | event | cache |
 * |---|---|
 * | `balance_data` (burst, or any `get_balance` answer) | every `balances` entry of that chain (or of all chains) gets the fresh chain, cut to its parameters (`mergeRealtimeBalances`); `{}` and `{ chainId }` are filled if empty |
 * | `balance_update` | the token updated in every `balances` entry that shows it (`applyRealtimeBalanceUpdate`), then, from the leader tab, one `resync` of the balances (IBEx's update names no token) |
 * | `transaction_data` (burst, or a `resync` answer) | page 1 of `transactions` `{}` / `{ chainId }` (`mergeRealtimeTransactions`) |
 * | `new_transaction` | its `recentTransactions` on top of page 1 of every `transactions` entry whose filters select them (`prependRealtimeTransactions`) |
 * | `user_data` (burst, and after each change of the profile or address book) | `userData`, sections unwrapped (`parseUserData`); its `addressbook`, `signers` and `chainid` sections into the `addressBook`, `signers` and `userChains` entries that hooks hold (`userDataSectionTargets`) |
 * | `fiat_*` | a `resync` (IBAN balances and transactions come with them) |
 * | `user_iban_updated` / `user_ky_updated` (IBEx's refresh signals) | `userData` and `ibans` / `userData` and `kycStatus` invalidated |
 *
 * An entry whose parameters cannot be followed in place is marked stale without a refetch (it
 * refetches the next time it is used). The socket sends the balances and transactions of its
 * own chain only, so an empty `{}` entry (all chains) filled from it is marked stale too: shown
 * at once, completed by one request when a component reads it. Every tab applies the events
 * relayed to it; only the leader asks for a `resync`. Returns the function that stops.
 *
 * @example
 * const realtime = createRealtimeClient(client)
 * realtime.start()
 * const stop = syncRealtimeCache(realtime, queryClient, client)
 */
export function syncRealtimeCache(
  realtime: IbexRealtimeClient,
  queryClient: QueryClient,
  client: IbexClient,
  options: SyncRealtimeCacheOptions = {},
): () => void {
  const resyncDelayMs = options.resyncDelayMs ?? 200
  const wanted = new Set<SyncType>()
  let resyncTimer: ReturnType<typeof setTimeout> | undefined

  function resync(type: SyncType) {
    // The answers reach every tab: one tab asking is enough.
    if (realtime.getSnapshot().role !== 'leader') return
    wanted.add(type)
    resyncTimer ??= unrefTimer(
      setTimeout(() => {
        resyncTimer = undefined
        const types = [...wanted]
        wanted.clear()
        realtime.resync(types)
      }, resyncDelayMs),
    )
  }

  function apply<data>(key: QueryKey, update: RealtimeCacheUpdate<data>, staleAfter: boolean) {
    if (update.kind === 'set') queryClient.setQueryData<data>(key, update.data)
    if (update.kind === 'stale' || (update.kind === 'set' && staleAfter)) {
      void queryClient.invalidateQueries({ queryKey: key, exact: true, refetchType: 'none' })
    }
  }

  /** Runs `compute` on every cached entry of `resource`, and on the `ensure` ones if empty. */
  function update<data>(
    user: string,
    resource: Resource,
    compute: (cached: data | undefined, params: IbexQueryKeyParams) => RealtimeCacheUpdate<data>,
    options: { ensure?: IbexQueryKeyParams[]; staleAfter?: (data: data) => boolean } = {},
  ) {
    const scope = ibexQueryScope(client)
    const prefix = ibexQueryKeys[resource](scope, user).slice(0, 4)
    const entries = queryClient
      .getQueryCache()
      .findAll({ queryKey: prefix })
      .map((query) => ({ key: query.queryKey, params: query.queryKey[4] as IbexQueryKeyParams }))
    for (const params of options.ensure ?? []) {
      const key = ibexQueryKeys[resource](scope, user, params)
      if (!queryClient.getQueryState(key)) entries.push({ key, params })
    }
    for (const { key, params } of entries) {
      const cached = queryClient.getQueryData<data>(key)
      const result = compute(cached, params)
      // All chains, filled from one: shown now, completed by a request when it is read.
      const partial = cached === undefined && !('chainId' in params)
      apply(
        key,
        result,
        partial || (result.kind === 'set' && (options.staleAfter?.(result.data) ?? false)),
      )
    }
  }

  const chainsOf = (ids: Iterable<number>) => {
    const set = new Set(ids)
    // An empty answer still speaks for the socket's chain.
    if (set.size === 0) set.add(client.config.chainId)
    return set
  }
  const ensured = (chainIds: ReadonlySet<number>) => [
    {},
    ...[...chainIds].map((chainId) => ({ chainId })),
  ]
  const laterPages = (data: IbexTransactionsData) => data.pages.length > 1

  /**
   * The sections of a `user_data` that data hooks read from their own endpoints, written into
   * the entries those hooks hold (none is created for a hook nobody uses). Their readers load on
   * demand, so the push is applied a moment later: only if the same user is still signed in.
   */
  async function fillSections(user: string, sections: Record<string, unknown>) {
    const scope = ibexQueryScope(client)
    for (const { section, resource, schema } of userDataSectionTargets) {
      const key = ibexQueryKeys[resource](scope, user)
      if (!(section in sections) || !queryClient.getQueryState(key)) continue
      let data: unknown
      try {
        data = parseResponse(await schema(), sections[section], `WS user_data (${section})`)
      } catch (error) {
        // An unreadable section (or a reader that failed to load) leaves the entry as it was.
        if (error instanceof IbexError) continue
        throw error
      }
      if (client.session.getSnapshot().user?.externalUserId !== user) return
      if (ibexQueryScope(client) !== scope) return
      queryClient.setQueryData(key, data)
    }
  }

  function onEvent(event: IbexRealtimeEvent) {
    const user = client.session.getSnapshot().user?.externalUserId
    if (user === undefined) return
    switch (event.type) {
      case 'balance_data': {
        const endpoint = 'WS balance_data'
        const incoming = read(() => parseBalances(event.data, { endpoint }))
        if (!incoming) return
        const chainIds = chainsOf(incoming.wallets.map((wallet) => wallet.chainId))
        update<IbexBalances>(
          user,
          'balances',
          (cached, params) => mergeRealtimeBalances(cached, incoming, params, chainIds),
          { ensure: ensured(chainIds) },
        )
        return
      }
      case 'balance_update': {
        const { address, balance, blockchainId, tokenAddress, decimals } = event.data
        if (tokenAddress && /^\d+$/.test(balance)) {
          const change = {
            chainId: blockchainId === undefined ? client.config.chainId : Number(blockchainId),
            wallet: address as `0x${string}`,
            token: tokenAddress as `0x${string}`,
            balance,
            decimals,
          }
          update<IbexBalances>(user, 'balances', (cached, params) =>
            cached ? applyRealtimeBalanceUpdate(cached, params, change) : { kind: 'skip' },
          )
        }
        resync('get_balance')
        return
      }
      case 'transaction_data': {
        if (!isRealtimeSyncAnswer(event)) return
        const endpoint = 'WS transaction_data'
        const incoming = read(() => parseTransactionsPage(event.data, { endpoint }))
        if (!incoming) return
        const chainIds = chainsOf([
          ...incoming.chains.map((chain) => chain.chainId),
          ...incoming.transactions.map((tx) => tx.chainId),
        ])
        update<IbexTransactionsData>(
          user,
          'transactions',
          (cached, params) => mergeRealtimeTransactions(cached, incoming, params, chainIds),
          { ensure: ensured(chainIds), staleAfter: laterPages },
        )
        return
      }
      case 'new_transaction': {
        const { recentTransactions, newTransaction } = event.data
        const page: IbexTransactionsPage | undefined = recentTransactions
          ? read(() =>
              parseTransactionsPage(
                { data: recentTransactions },
                { chainId: client.config.chainId, endpoint: 'WS new_transaction' },
              ),
            )
          : undefined
        const listed = page?.transactions.some(
          (tx) => tx.hash.toLowerCase() === newTransaction.hash.toLowerCase(),
        )
        if (!page || !listed) {
          // Not enough to build the entry here: ask the socket for the first page.
          resync('get_transactions')
          return
        }
        update<IbexTransactionsData>(
          user,
          'transactions',
          (cached, params) =>
            cached
              ? prependRealtimeTransactions(cached, params, page.transactions)
              : { kind: 'skip' },
          { staleAfter: laterPages },
        )
        return
      }
      case 'user_data': {
        const userData = read(() => parseUserData(event.data, { endpoint: 'WS user_data' }))
        if (userData) {
          queryClient.setQueryData(ibexQueryKeys.userData(ibexQueryScope(client), user), userData)
          void fillSections(user, userData.sections)
        }
        return
      }
      case 'fiat_balance_update':
        resync('get_balance')
        return
      case 'fiat_transaction_update':
        resync('get_transactions')
        return
      case 'user_iban_updated':
      case 'user_ky_updated': {
        // IBEx's signal says what changed, not how: what shows it is read again.
        const scope = ibexQueryScope(client)
        const changed =
          event.type === 'user_iban_updated'
            ? [ibexQueryKeys.userData(scope, user), ibexQueryKeys.ibans(scope, user)]
            : [ibexQueryKeys.userData(scope, user), ibexQueryKeys.kycStatus(scope, user)]
        for (const queryKey of changed) void queryClient.invalidateQueries({ queryKey })
      }
    }
  }

  const stop = realtime.on(onEvent)
  return () => {
    stop()
    clearTimeout(resyncTimer)
    resyncTimer = undefined
  }
}
