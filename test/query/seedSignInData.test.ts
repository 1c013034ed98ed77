import { QueryClient } from '@tanstack/query-core'
import { describe, expect, test } from 'vitest'
import { createIbexClient } from '../../src/core/client/createIbexClient.ts'
import type { IbexSessionUser } from '../../src/core/schemas/sessionRecordSchema.ts'
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

function setup() {
  const client = createIbexClient({
    baseUrl: 'https://ibex.test',
    rpId: 'app.example.com',
    crossTab: false,
  })
  return { client, queryClient: new QueryClient() }
}

describe('seedSignInData', () => {
  test('default: each block lands under its resource with default parameters', () => {
    const { client, queryClient } = setup()
    const enrichment = {
      balance: { totals: 1 },
      transactions: { type: 'mixed' },
      userdata: { me: 1 },
    }
    seedSignInData(queryClient, client, { status: 'signed-in', user, enrichment })
    expect(queryClient.getQueryData(ibexQueryKeys.balances('app.example.com', 'u1'))).toBe(
      enrichment.balance,
    )
    expect(queryClient.getQueryData(ibexQueryKeys.transactions('app.example.com', 'u1'))).toBe(
      enrichment.transactions,
    )
    expect(queryClient.getQueryData(ibexQueryKeys.userData('app.example.com', 'u1'))).toBe(
      enrichment.userdata,
    )
    client.destroy()
  })

  test('behavior: only the blocks present are written; other results write nothing', () => {
    const { client, queryClient } = setup()
    seedSignInData(queryClient, client, {
      status: 'signed-in',
      user,
      enrichment: { transactions: [] },
    })
    seedSignInData(queryClient, client, { status: 'signed-in', user })
    seedSignInData(queryClient, client, { status: 'awaiting-passphrase', externalUserId: 'u1' })
    expect(
      queryClient
        .getQueryCache()
        .getAll()
        .map((query) => query.queryKey),
    ).toEqual([ibexQueryKeys.transactions('app.example.com', 'u1')])
    client.destroy()
  })
})
