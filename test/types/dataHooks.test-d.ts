// Type tests of the data hooks, checked by `npm run typecheck` (tsc includes test/): Vitest's
// typecheck mode would need its own `typecheck.include` in vite.config.ts, whose projects only
// run `*.test.{ts,tsx}`. `expectTypeOf` fails compilation when a type is wrong. The hooks are
// only referenced inside functions that never run.
import type { InfiniteData } from '@tanstack/react-query'
import { expectTypeOf } from 'vitest'
import type { Address } from 'viem'
import type { IbexQueryErrorType } from '../../src/core/errors/IbexQueryErrorType.ts'
import { flattenBalances, type IbexBalanceRow } from '../../src/core/parse/flattenBalances.ts'
import type { IbexAddresses } from '../../src/core/parse/IbexAddresses.ts'
import type { IbexBalances } from '../../src/core/parse/IbexBalances.ts'
import type { IbexChain } from '../../src/core/parse/IbexChain.ts'
import type { IbexOperationRecord } from '../../src/core/parse/IbexOperationRecord.ts'
import type { IbexPositions } from '../../src/core/parse/IbexPositions.ts'
import type { IbexToken } from '../../src/core/parse/IbexToken.ts'
import type { IbexTransactionsPage } from '../../src/core/parse/IbexTransactions.ts'
import type { IbexUserData } from '../../src/core/parse/IbexUserData.ts'
import type { IbexVault } from '../../src/core/parse/IbexVault.ts'
import { balancesQueryOptions } from '../../src/query/balancesQueryOptions.ts'
import { useAddresses } from '../../src/react/hooks/useAddresses.ts'
import { useBalances } from '../../src/react/hooks/useBalances.ts'
import { useIbexClient } from '../../src/react/hooks/useIbexClient.ts'
import { useIbexQueryClient } from '../../src/react/hooks/useIbexQueryClient.ts'
import { useChainModule } from '../../src/react/hooks/useChainModule.ts'
import { useChains } from '../../src/react/hooks/useChains.ts'
import { useOperations } from '../../src/react/hooks/useOperations.ts'
import { usePositions } from '../../src/react/hooks/usePositions.ts'
import { useTokens } from '../../src/react/hooks/useTokens.ts'
import { useTransactions } from '../../src/react/hooks/useTransactions.ts'
import { useUpdateUserData } from '../../src/react/hooks/useUpdateUserData.ts'
import { useUserData } from '../../src/react/hooks/useUserData.ts'
import { useVaults } from '../../src/react/hooks/useVaults.ts'

export function BalancesConsumer() {
  const balances = useBalances()
  expectTypeOf(balances.data).toEqualTypeOf<IbexBalances | undefined>()
  expectTypeOf(balances.error).toEqualTypeOf<IbexQueryErrorType | null>()
  expectTypeOf(balances.queryKey[3]).toEqualTypeOf<'balances'>()
  if (balances.isSuccess) expectTypeOf(balances.data).toEqualTypeOf<IbexBalances>()

  const rows = useBalances({ chainId: 100, query: { select: flattenBalances } })
  expectTypeOf(rows.data).toEqualTypeOf<IbexBalanceRow[] | undefined>()
  expectTypeOf<IbexBalanceRow['balanceBaseUnits']>().toEqualTypeOf<bigint>()
  expectTypeOf<IbexBalanceRow['wallet']>().toEqualTypeOf<Address>()

  const total = useBalances({ query: { select: (data) => data.totals?.grand.eur } })
  expectTypeOf(total.data).toEqualTypeOf<string | undefined>()

  // @ts-expect-error a wallet is an address
  useBalances({ wallet: 'not-an-address' })
  // @ts-expect-error the key and fetch belong to the kit
  useBalances({ query: { queryKey: ['mine'] } })
  // @ts-expect-error TanStack's options go in `query`: an unknown top-level option is refused
  useBalances({ select: flattenBalances })
  // @ts-expect-error the wallet is `wallet`, not `walletAddress`
  useBalances({ walletAddress: '0x0000000000000000000000000000000000000001' })
}

export function TransactionsConsumer() {
  const transactions = useTransactions({ direction: 'IN', limit: 20 })
  expectTypeOf(transactions.data).toEqualTypeOf<
    InfiniteData<IbexTransactionsPage, number> | undefined
  >()
  expectTypeOf(transactions.fetchNextPage).toBeFunction()
  expectTypeOf(transactions.hasNextPage).toEqualTypeOf<boolean>()

  const hashes = useTransactions({
    query: {
      select: (data) => data.pages.flatMap((page) => page.transactions.map((tx) => tx.hash)),
    },
  })
  expectTypeOf(hashes.data).toEqualTypeOf<`0x${string}`[] | undefined>()

  // @ts-expect-error direction is IN or OUT
  useTransactions({ direction: 'SIDEWAYS' })
}

export function OtherHooksConsumer() {
  expectTypeOf(useAddresses({ includeDerived: true }).data).toEqualTypeOf<
    IbexAddresses | undefined
  >()
  expectTypeOf(useTokens({ source: 'catalogue' }).data).toEqualTypeOf<IbexToken[] | undefined>()
  expectTypeOf(useChains().data).toEqualTypeOf<IbexChain[] | undefined>()
  expectTypeOf(useChainModule('cowswap').data).toEqualTypeOf<boolean | undefined>()
  expectTypeOf(useVaults({ provider: 'AAVE' }).data).toEqualTypeOf<IbexVault[] | undefined>()
  expectTypeOf(usePositions().data).toEqualTypeOf<IbexPositions | undefined>()
  expectTypeOf(useUserData().data).toEqualTypeOf<IbexUserData | undefined>()
  expectTypeOf(useOperations({ status: 'FAILED' }).data).toEqualTypeOf<
    IbexOperationRecord[] | undefined
  >()
  const language = useUserData({ query: { select: (profile) => profile.data.language } })
  expectTypeOf(language.data).toEqualTypeOf<IbexUserData['data'][string] | undefined>()

  const update = useUpdateUserData()
  update.mutate({ language: 'fr', nickname: null, 'optin.newsletter': true })
  expectTypeOf(update.data).toEqualTypeOf<{ success: boolean } | undefined>()
  // @ts-expect-error values are JSON
  update.mutate({ when: new Date() })
  // @ts-expect-error vaults come from three providers
  useVaults({ provider: 'COMPOUND' })
}

export function QueryClientConsumer() {
  const queryClient = useIbexQueryClient()
  const options = balancesQueryOptions(useIbexClient())
  return async () => {
    expectTypeOf(await queryClient.fetchQuery(options)).toEqualTypeOf<IbexBalances>()
    // The key is tagged with its data type.
    expectTypeOf(queryClient.getQueryData(options.queryKey)).toEqualTypeOf<
      IbexBalances | undefined
    >()
  }
}
