import { describe, expect, it } from 'vitest'
import { findToken } from '../../../src/mock/wallet/findToken.ts'
import { createTestIbex } from '../createTestIbex.ts'
import { runOperations, signUpKeyUser } from '../walletUsers.ts'

type Item = Record<string, unknown> & { direction: string; tokenSymbol: string }
type ChainPage = { total: number; page: number; limit: number; totalPages: number; data: Item[] }

async function setup() {
  // Tokens outlive the day the clock skips, so the history spans two dates.
  const ibex = createTestIbex({ accessTokenTtl: 7 * 86_400 })
  const user = await signUpKeyUser(ibex)
  const friend = await signUpKeyUser(ibex)
  ibex.clock.advance(86_400_000)
  const usd = findToken(421614, 'USD-IBEX')
  await runOperations(ibex, user, [
    { type: 'TRANSFER_TOKEN', tokenAddress: usd?.address, to: friend.safe, amount: '2.5' },
  ])
  const read = (
    query: Record<string, string | number> = {},
    headers: Record<string, string> = {},
  ) =>
    ibex.call('GET', '/v1.2/users/me/transactions', {
      headers: { ...user.headers, ...headers },
      query,
    })
  return { ibex, user, friend, read }
}

const chainPage = (body: Record<string, unknown>, chainId = '421614') =>
  (body.crypto as { transactions: Record<string, ChainPage> }).transactions[chainId] as ChainPage

describe('GET /v1.2/users/me/transactions', () => {
  it('answers the mixed aggregate: one page per chain, newest first, plus an empty fiat block', async () => {
    const { ibex, user, friend, read } = await setup()
    const response = await read()
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({
      type: 'mixed',
      crypto: { prices_available: true },
      fiat: {
        ibans: [],
        total: 0,
        data: [],
        filters: { type: null, status: null, startDate: '2025-01-01' },
      },
    })
    const page = chainPage(response.body)
    expect(page).toMatchObject({ total: 4, page: 1, limit: 50, totalPages: 1 })
    expect(page.data[0]).toEqual({
      id: expect.any(Number),
      blockNumber: expect.any(Number),
      transactionHash: expect.stringMatching(/^0x[0-9a-f]{64}$/),
      timestamp: new Date(ibex.clock.now()).toISOString(),
      from: user.safe,
      to: friend.safe,
      tokenAddress: findToken(421614, 'USD-IBEX')?.address,
      tokenType: 'ERC20',
      tokenId: null,
      tokenSymbol: 'USD-IBEX',
      value: '2500000000000000000',
      valueFormatted: 2.5,
      direction: 'OUT',
      watchedAddress: user.safe,
      blockchainId: '421614',
      primaryAddress: findToken(421614, 'USD-IBEX')?.address,
      secondaryAddress: null,
      balance: 2.5,
      price_usd: 1,
      price_eur: 0.847673,
      value_usd: '2.50',
      value_eur: '2.12',
      price_source: 'FAUCET_PRICE',
    })
    expect(chainPage(response.body, '100')).toMatchObject({ total: 0, data: [] })
  })

  it('filters by direction, tokenType, tokenAddress, hash and dates, and paginates', async () => {
    const { read } = await setup()
    expect(chainPage((await read({ direction: 'OUT' })).body).total).toBe(1)
    expect(chainPage((await read({ direction: 'in' })).body).total).toBe(3)
    const native = chainPage((await read({ tokenType: 'NATIVE' })).body)
    expect(native.data.map((item) => item.tokenSymbol)).toEqual(['ETH'])
    const usd = findToken(421614, 'USD-IBEX')?.address ?? ''
    expect(chainPage((await read({ tokenAddress: usd.toLowerCase() })).body).total).toBe(2)
    const hash = String(chainPage((await read()).body).data[0]?.transactionHash)
    expect(chainPage((await read({ hash })).body).data).toHaveLength(1)
    expect(chainPage((await read({ startDate: '2026-01-16' })).body).total).toBe(1)
    expect(chainPage((await read({ endDate: '2026-01-15' })).body).total).toBe(3)
    const second = chainPage((await read({ page: 2, limit: 3 })).body)
    expect(second).toMatchObject({ total: 4, page: 2, limit: 3, totalPages: 2 })
    expect(second.data).toHaveLength(1)
  })

  it('answers crypto or fiat scope only, and the scoped wallet envelope', async () => {
    const { user, read } = await setup()
    const crypto = await read({ scope: 'crypto' })
    expect(crypto.body.type).toBe('crypto')
    expect(crypto.body).not.toHaveProperty('fiat')
    const fiat = await read({ scope: 'fiat' })
    expect(fiat.body.type).toBe('fiat')
    expect(fiat.body).not.toHaveProperty('crypto')
    const scoped = await read(
      { walletAddress: user.safe, limit: 2 },
      { 'x-blockchain-id': '421614' },
    )
    expect(scoped.body).toMatchObject({
      type: 'crypto',
      identifier: user.safe,
      blockchainId: '421614',
      total: 4,
      page: 1,
      limit: 2,
      totalPages: 2,
    })
    expect(scoped.body.data).toHaveLength(2)
  })

  it('refuses bad filters, walletAddress with iban, and a missing token', async () => {
    const { ibex, user, read } = await setup()
    const refusals: Record<string, string | number>[] = [
      { scope: 'all' },
      { direction: 'SIDEWAYS' },
      { tokenType: 'ERC4626' },
      { startDate: '15/01/2026' },
      { startDate: '2026-02-01', endDate: '2026-01-01' },
      { tokenAddress: 'nope' },
      { limit: 0 },
      { walletAddress: user.safe, iban: 'FR7630006000011234567890189' },
    ]
    for (const query of refusals) {
      const response = await read(query)
      expect(response.status, JSON.stringify(query)).toBe(400)
      expect(response.body.error_code).toBe('VALIDATION')
    }
    expect((await ibex.call('GET', '/v1.2/users/me/transactions')).status).toBe(401)
  })
})
