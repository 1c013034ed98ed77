import { QueryClient } from '@tanstack/query-core'
import { getAddress } from 'viem'
import { describe, expect, test } from 'vitest'
import { createIbexClient } from '../../src/core/client/createIbexClient.ts'
import type { IbexSessionUser } from '../../src/core/session/IbexSessionRecord.ts'
import { ibexQueryKeys } from '../../src/query/ibexQueryKeys.ts'
import { seedSignInData } from '../../src/query/seedSignInData.ts'

const user: IbexSessionUser = {
  externalUserId: 'u1',
  authMethod: 'PASSKEY',
  safeAddresses: {},
  chainId: 421614,
  hasPasskey: true,
  prfCapable: true,
}

const SAFE = '0x391f000000000000000000000000000000000001'
const EURE = '0x420ca0f9b9b604ce0fd9c18ef134c705e5fa3430'
const HASH = `0x${'ab'.repeat(32)}`

const token = (symbol: string, balance: string) => ({
  tokenAddress: EURE,
  symbol,
  decimals: 18,
  balance,
})

const balance = {
  timestamp: '2026-05-14T19:07:41.697Z',
  crypto: {
    '100': {
      [SAFE]: { tokens: [token('EURe', '2.0'), token('ZERO', '0')], pending: [] },
      '0x391f000000000000000000000000000000000002': { tokens: [token('NONE', '0.0')] },
    },
  },
  fiat: {},
  prices_available: false,
}

const transactions = {
  type: 'mixed',
  crypto: {
    transactions: {
      '100': {
        total: 1,
        page: 1,
        limit: 50,
        totalPages: 1,
        data: [
          {
            transactionHash: HASH,
            timestamp: '2026-05-14T14:53:55.000Z',
            from: EURE,
            to: SAFE,
            value: '2000000000000000000',
            direction: 'IN',
          },
        ],
      },
    },
  },
}

const userdata = { data: { language: 'en' }, signers: { count: 1, signers: [] } }

function setup() {
  const client = createIbexClient({
    baseUrl: 'https://ibex.test',
    rpId: 'app.example.com',
    crossTab: false,
  })
  return { client, queryClient: new QueryClient() }
}

describe('seedSignInData', () => {
  test('default: each block lands under its resource with default parameters, as the queries cache it', async () => {
    const { client, queryClient } = setup()
    await seedSignInData(queryClient, client, {
      status: 'signed-in',
      user,
      enrichment: { balance, transactions, userdata },
    })
    const scope = 'app.example.com'
    // Zero balances and empty wallets are dropped: `useBalances()` does not ask for them.
    expect(queryClient.getQueryData(ibexQueryKeys.balances(scope, 'u1'))).toEqual({
      timestamp: balance.timestamp,
      wallets: [
        {
          chainId: 100,
          wallet: getAddress(SAFE),
          tokens: [expect.objectContaining({ symbol: 'EURe', balance: '2.0' })],
          pending: [],
        },
      ],
      totals: undefined,
      pricesAvailable: false,
      fiat: {},
    })
    expect(queryClient.getQueryData(ibexQueryKeys.transactions(scope, 'u1'))).toEqual({
      pages: [
        expect.objectContaining({
          page: 1,
          totalPages: 1,
          transactions: [expect.objectContaining({ hash: HASH, chainId: 100, direction: 'IN' })],
        }),
      ],
      pageParams: [1],
    })
    expect(queryClient.getQueryData(ibexQueryKeys.userData(scope, 'u1'))).toMatchObject({
      data: { language: 'en' },
      sections: { signers: { count: 1, signers: [] } },
    })
    client.destroy()
  })

  test('behavior: only readable blocks present are written; other results write nothing', async () => {
    const { client, queryClient } = setup()
    await seedSignInData(queryClient, client, {
      status: 'signed-in',
      user,
      enrichment: { transactions, balance: { crypto: 'not a map' } },
    })
    await seedSignInData(queryClient, client, { status: 'signed-in', user })
    await seedSignInData(queryClient, client, {
      status: 'awaiting-passphrase',
      externalUserId: 'u1',
    })
    expect(
      queryClient
        .getQueryCache()
        .getAll()
        .map((query) => query.queryKey),
    ).toEqual([ibexQueryKeys.transactions('app.example.com', 'u1')])
    client.destroy()
  })
})
