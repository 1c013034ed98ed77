import { describe, expect, it } from 'vitest'
import { createTestIbex } from '../createTestIbex.ts'
import { signUpKeyUser, signUpPasskeyUser } from '../walletUsers.ts'

type Token = Record<string, unknown> & { symbol: string; balance: string }
type Aggregated = {
  crypto: Record<string, Record<string, { tokens: Token[]; pending: unknown[] }>>
  totals?: Record<string, unknown>
  prices_available: boolean
  pagination?: Record<string, number>
}

describe('GET /v1.2/users/me/balances', () => {
  it('aggregates every chain, seeded balances only, priced as documented', async () => {
    const ibex = createTestIbex()
    const user = await signUpKeyUser(ibex)
    const response = await ibex.call('GET', '/v1.2/users/me/balances', { headers: user.headers })
    expect(response.status).toBe(200)
    const body = response.body as Aggregated
    expect(Object.keys(body.crypto)).toEqual(['421614'])
    const tokens = body.crypto['421614']?.[user.safe.toLowerCase()]?.tokens ?? []
    expect(tokens.map((token) => token.symbol)).toEqual(['EUR-IBEX', 'USD-IBEX', 'ETH'])
    expect(tokens[0]).toEqual({
      tokenAddress: expect.stringMatching(/^0x18E632aE[0-9a-fA-F]{28}58cC$/i),
      primaryAddress: tokens[0]?.tokenAddress,
      secondaryAddress: null,
      active: true,
      status: 'active',
      source: 'ledger',
      blockchainId: '421614',
      symbol: 'EUR-IBEX',
      name: 'EUR-IBEX faucet token',
      tokenType: 'ERC20',
      decimals: 18,
      balance: '100',
      price_usd: 1.1797,
      price_eur: 1,
      value_usd: '117.97',
      value_eur: '100.00',
      price_updated_at: new Date(ibex.clock.now()).toISOString(),
      price_source: 'FAUCET_PRICE',
    })
    expect(tokens[2]).toMatchObject({ tokenType: 'NATIVE', balance: '0.01', value_eur: '30.00' })
    expect(body.totals).toEqual({
      crypto_total_value_eur: '214.77',
      fiat_total_value_eur: '0.00',
      grand_total_value_eur: '214.77',
      crypto_total_value_usd: '253.36',
      fiat_total_value_usd: '0.00',
      grand_total_value_usd: '253.36',
      conversion_rate_eur_usd: 1.1797,
    })
  })

  it('honours includeZero, includeEmpty, includePrices and the chain header', async () => {
    const ibex = createTestIbex()
    const user = await signUpKeyUser(ibex)
    const read = (query: Record<string, string>, headers: Record<string, string> = {}) =>
      ibex.call('GET', '/v1.2/users/me/balances', {
        headers: { ...user.headers, ...headers },
        query,
      })
    const zero = (await read({ includeZero: 'true' })).body as Aggregated
    expect(zero.crypto['421614']?.[user.safe.toLowerCase()]?.tokens).toHaveLength(11)
    expect(zero.crypto['100']?.[String(user.safes['100']).toLowerCase()]?.tokens).toHaveLength(2)

    const empty = (await read({ includeEmpty: 'true' })).body as Aggregated
    expect(Object.keys(empty.crypto).sort()).toEqual(['100', '421614', '8453'])
    expect(empty.crypto['100']?.[String(user.safes['100']).toLowerCase()]?.tokens).toEqual([])

    const bare = (await read({ includePrices: 'false' })).body as Aggregated
    expect(bare.prices_available).toBe(false)
    expect(bare).not.toHaveProperty('totals')
    expect(bare.crypto['421614']?.[user.safe.toLowerCase()]?.tokens[0]).not.toHaveProperty(
      'price_eur',
    )

    const gnosis = (await read({ includeZero: 'true' }, { 'x-blockchain-id': '100' }))
      .body as Aggregated
    expect(Object.keys(gnosis.crypto)).toEqual(['100'])
    const query = (await read({ includeZero: 'true', blockchainId: '8453' })).body as Aggregated
    expect(Object.keys(query.crypto)).toEqual(['8453'])
  })

  it('paginates (Safe, token) rows with limit 1–100', async () => {
    const ibex = createTestIbex()
    const user = await signUpKeyUser(ibex)
    const page = await ibex.call('GET', '/v1.2/users/me/balances', {
      headers: user.headers,
      query: { includeZero: 'true', blockchainId: '421614', page: 2, limit: 4 },
    })
    const body = page.body as Aggregated
    expect(body.pagination).toEqual({ total: 11, page: 2, limit: 4, totalPages: 3 })
    const tokens = body.crypto['421614']?.[user.safe.toLowerCase()]?.tokens ?? []
    expect(tokens.map((token) => token.symbol)).toEqual([
      'BTC-IBEX',
      'ETH-IBEX',
      'XAU-IBEX',
      'JPY-IBEX',
    ])
    expect(tokens[0]?.decimals).toBe(8)
    for (const limit of ['0', '101', 'x']) {
      const refused = await ibex.call('GET', '/v1.2/users/me/balances', {
        headers: user.headers,
        query: { limit },
      })
      expect(refused.status).toBe(400)
      expect(refused.body.error_code).toBe('VALIDATION')
    }
  })

  it('scopes to a Safe or a derived EOA, refusing other addresses and walletAddress+iban', async () => {
    const ibex = createTestIbex()
    const user = await signUpPasskeyUser(ibex)
    const other = await signUpKeyUser(ibex)
    const scoped = await ibex.call('GET', '/v1.2/users/me/balances', {
      headers: user.headers,
      query: { walletAddress: user.safe.toLowerCase() },
    })
    expect(scoped.status).toBe(200)
    expect(scoped.body).toMatchObject({
      type: 'crypto',
      identifier: user.safe,
      balance: { pending: [], summary: { tokenCount: 3, total_value_eur: '214.77' } },
    })
    expect(scoped.body).not.toHaveProperty('blockchainId')

    const me = await ibex.call('GET', '/v1.2/users/me/address', {
      headers: user.headers,
      query: { includeDerived: true },
    })
    const derived = await ibex.call('GET', '/v1.2/users/me/balances', {
      headers: { ...user.headers, 'x-blockchain-id': '421614' },
      query: { walletAddress: eoaOf(me.body) },
    })
    expect(derived.body).toMatchObject({
      blockchainId: '421614',
      balance: { summary: { tokenCount: 3 } },
    })

    const foreign = await ibex.call('GET', '/v1.2/users/me/balances', {
      headers: user.headers,
      query: { walletAddress: other.safe },
    })
    expect(foreign.status).toBe(400)
    expect(String(foreign.body.message)).toMatch(/unknown wallet address/)

    const both = await ibex.call('GET', '/v1.2/users/me/balances', {
      headers: user.headers,
      query: { walletAddress: user.safe, iban: 'FR76 3000 6000 0112 3456 7890 189' },
    })
    expect(both.status).toBe(400)
    expect(both.body).toEqual({
      message: 'walletAddress and iban cannot be combined',
      error_code: 'VALIDATION',
    })
  })

  it('refuses a missing token, an unknown chain and another tenant', async () => {
    const ibex = createTestIbex({ rpIds: ['example.com'] })
    const user = await signUpKeyUser(ibex)
    expect((await ibex.call('GET', '/v1.2/users/me/balances')).status).toBe(401)
    const chain = await ibex.call('GET', '/v1.2/users/me/balances', {
      headers: { ...user.headers, 'x-blockchain-id': '5' },
    })
    expect(chain.status).toBe(400)
    const tenant = await ibex.call('GET', '/v1.2/users/me/balances', {
      headers: user.headers,
      rpId: 'example.com',
    })
    expect(tenant.status).toBe(401)
  })

  it('starts Safes with the configured initialBalances', async () => {
    const ibex = createTestIbex({ initialBalances: { 100: { EURe: '7.5' } } })
    const user = await signUpKeyUser(ibex)
    const response = await ibex.call('GET', '/v1.2/users/me/balances', { headers: user.headers })
    const body = response.body as Aggregated
    expect(Object.keys(body.crypto)).toEqual(['100'])
    const tokens = body.crypto['100']?.[String(user.safes['100']).toLowerCase()]?.tokens
    expect(tokens).toMatchObject([{ symbol: 'EURe', balance: '7.5', price_source: 'coinbase' }])
  })
})

function eoaOf(addresses: Record<string, unknown>): string {
  const wallets = addresses.wallets as {
    derived?: { global: { eoaAddresses: { type: string; address: string }[] } }
  }[]
  return (
    wallets[0]?.derived?.global.eoaAddresses.find((entry) => entry.type === 'EVM')?.address ?? ''
  )
}
