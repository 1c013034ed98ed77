import { describe, expect, test } from 'vitest'
import { createIbexClient } from '../../src/core/client/createIbexClient.ts'
import {
  addressesQueryKey,
  addressesQueryOptions,
  balancesQueryKey,
  balancesQueryOptions,
  chainsQueryKey,
  chainsQueryOptions,
  operationsQueryKey,
  operationsQueryOptions,
  positionsQueryKey,
  positionsQueryOptions,
  tokensQueryKey,
  tokensQueryOptions,
  transactionsInfiniteQueryOptions,
  transactionsQueryKey,
  userDataQueryKey,
  userDataQueryOptions,
  vaultsQueryKey,
  vaultsQueryOptions,
} from '../../src/exports/index.ts'

// Each resource's key function gives the key its factory uses (the factory is built on it), so
// an app can invalidate or read an entry without building the options.
describe('per-resource query keys', () => {
  const client = createIbexClient({ baseUrl: 'https://ibex.test', crossTab: false })

  test('each key function gives its factory key, with the same parameters', () => {
    const pairs = [
      [balancesQueryKey(client, { chainId: 100 }), balancesQueryOptions(client, { chainId: 100 })],
      [
        transactionsQueryKey(client, { direction: 'IN' }),
        transactionsInfiniteQueryOptions(client, { direction: 'IN' }),
      ],
      [
        addressesQueryKey(client, { includeDerived: true }),
        addressesQueryOptions(client, { includeDerived: true }),
      ],
      [
        tokensQueryKey(client, { source: 'catalogue' }),
        tokensQueryOptions(client, { source: 'catalogue' }),
      ],
      [chainsQueryKey(client), chainsQueryOptions(client)],
      [
        vaultsQueryKey(client, { provider: 'AAVE' }),
        vaultsQueryOptions(client, { provider: 'AAVE' }),
      ],
      [positionsQueryKey(client), positionsQueryOptions(client)],
      [userDataQueryKey(client), userDataQueryOptions(client)],
      [
        operationsQueryKey(client, { status: 'FAILED' }),
        operationsQueryOptions(client, { status: 'FAILED' }),
      ],
    ] as const
    for (const [key, options] of pairs) expect(key).toEqual(options.queryKey)
  })

  test('parameters are part of the key; TanStack options are not', () => {
    expect(balancesQueryKey(client, { chainId: 100 })).not.toEqual(balancesQueryKey(client))
    expect(balancesQueryOptions(client, { query: { staleTime: 5 } }).queryKey).toEqual(
      balancesQueryKey(client),
    )
  })
})
