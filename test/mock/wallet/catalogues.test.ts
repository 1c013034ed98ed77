import { describe, expect, it } from 'vitest'
import { createTestIbex } from '../createTestIbex.ts'
import { bearer, signUpKeyUser } from '../walletUsers.ts'

async function setup() {
  const ibex = createTestIbex()
  const user = await signUpKeyUser(ibex)
  const get = (
    path: string,
    query: Record<string, string> = {},
    headers: Record<string, string> = {},
  ) => ibex.call('GET', path, { headers: { ...user.headers, ...headers }, query })
  return { ibex, user, get }
}

async function walletlessToken(ibex: ReturnType<typeof createTestIbex>) {
  const begin = await ibex.call('GET', '/v1.2/auth/sign-up', { query: { passkeys: 'FALSE' } })
  return bearer(String(begin.body.access_token))
}

describe('chain catalogues', () => {
  it('lists the active chains with explorers and module flags', async () => {
    const { get, ibex } = await setup()
    const chains = await get('/v1.2/chains/')
    expect(chains.status).toBe(200)
    expect(chains.body).toEqual([
      {
        id: 421614,
        name: 'Arbitrum Sepolia',
        icon: expect.stringMatching(/^https:\/\//),
        explorerAddress: 'https://sepolia.arbiscan.io/address/',
        explorerTx: 'https://sepolia.arbiscan.io/tx/',
        modules: { billing: true, cowswap: true, recovery: true, automation: true },
      },
      expect.objectContaining({ id: 100, name: 'Gnosis' }),
      expect.objectContaining({ id: 8453, name: 'Base' }),
      // The chains IBEx's documentation names are served too.
      expect.objectContaining({ id: 11155111, name: 'Sepolia' }),
      expect.objectContaining({ id: 42161, name: 'Arbitrum One' }),
      expect.objectContaining({ id: 1, name: 'Ethereum' }),
    ])
    expect((await ibex.call('GET', '/v1.2/chains/')).status).toBe(401)
  })

  it('lists the token catalogue, flat for one chain and grouped otherwise', async () => {
    const { get } = await setup()
    const flat = await get('/v1.2/chain/tokens', {}, { 'x-blockchain-id': '421614' })
    const tokens = flat.body as unknown as Record<string, unknown>[]
    expect(tokens.map((token) => [token.symbol, token.decimals])).toEqual([
      ['EUR-IBEX', 18],
      ['USD-IBEX', 18],
      ['GBP-IBEX', 18],
      ['CHF-IBEX', 18],
      ['BTC-IBEX', 8],
      ['ETH-IBEX', 18],
      ['XAU-IBEX', 18],
      ['JPY-IBEX', 18],
      ['CAD-IBEX', 18],
      ['AUD-IBEX', 18],
      ['ETH', 18],
    ])
    // The documented prefix and suffix of docs/protocol.md are kept.
    const documented: [string, string][] = [
      ['0x18e632ae', '58cc'],
      ['0x5a0fc8a0', '8f4d'],
      ['0xcef99a37', '592d'],
      ['0x69ebf051', '7a40'],
      ['0xb21ef114', '7637'],
      ['0x12bfd5e8', 'c12d'],
      ['0xd04041a2', 'c6f7'],
      ['0x9f52564b', 'de86'],
      ['0x551acb89', '4ac3'],
      ['0x878fc558', 'f791'],
    ]
    documented.forEach(([prefix, suffix], index) => {
      const address = String(tokens[index]?.address).toLowerCase()
      expect(address.startsWith(prefix) && address.endsWith(suffix), address).toBe(true)
    })
    expect(tokens[0]).toMatchObject({
      id: expect.any(Number),
      type: 'STABLECOIN_EUR',
      active: true,
      blockchainId: '421614',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    })
    const grouped = await get('/v1.2/chain/tokens')
    expect(grouped.body).toEqual([
      { blockchainId: '421614', tokens: expect.any(Array) },
      {
        blockchainId: '100',
        tokens: [
          expect.objectContaining({
            symbol: 'EURe',
            address: '0x420CA0f9B9b604cE0fd9C18EF134C705e5Fa3430',
            secondaryAddress: '0xcB444e90D8198415266c6a2724b7900fb12FC56E',
          }),
          expect.objectContaining({ symbol: 'XDAI', type: 'GAS' }),
        ],
      },
      { blockchainId: '8453', tokens: expect.any(Array) },
    ])
  })

  it('lists vaults with apy and tvl, by provider and chain', async () => {
    const { get } = await setup()
    const all = (await get('/v1.2/safes/vaults')).body as unknown as Record<string, unknown>[]
    expect(new Set(all.map((vault) => vault.provider))).toEqual(
      new Set(['AAVE', 'MORPHO', 'HYPERLIQUID']),
    )
    const morpho = (
      await get('/v1.2/safes/vaults', { provider: 'MORPHO' }, { 'x-blockchain-id': '8453' })
    ).body as unknown as Record<string, unknown>[]
    expect(morpho).toEqual([
      {
        id: expect.any(Number),
        blockchainId: '8453',
        provider: 'MORPHO',
        poolAddress: '0xBEEF01735c132Ada46AA9aA4c54623cAA92A64CB',
        name: 'Morpho Steakhouse USDC',
        assetTicker: 'USDC',
        assetAddress: '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913',
        assetDecimals: 6,
        apy: 0.052,
        tvl: 150_000_000,
        isDefault: true,
        metadata: { curator: 'Steakhouse Financial' },
        supplyToken: expect.objectContaining({ decimals: 6 }),
      },
    ])
    const hyperliquid = (await get('/v1.2/safes/vaults', { provider: 'HYPERLIQUID' }))
      .body as unknown as Record<string, unknown>[]
    expect(hyperliquid[0]).toMatchObject({
      blockchainId: '421614',
      metadata: { isClosed: false, relationship: 'parent' },
    })
    expect((await get('/v1.2/safes/vaults', { provider: 'UNISWAP' })).status).toBe(400)
  })
})

describe('user catalogues', () => {
  it('lists lending vaults, userScoped with positions, 404 without a Safe', async () => {
    const { ibex, get } = await setup()
    const all = (await get('/v1.2/users/me/lending')).body as unknown as Record<string, unknown>[]
    expect(all[0]).toEqual({
      id: 1,
      blockchainId: '421614',
      provider: 'AAVE',
      address: expect.stringMatching(/^0x[0-9a-fA-F]{40}$/),
      name: 'Aave USD-IBEX',
      assetTicker: 'USD-IBEX',
      assetAddress: expect.any(String),
      assetDecimals: 18,
      apy: 0.041,
      tvl: 2_500_000,
      isDefault: true,
      acceptedTokenAddresses: [all[0]?.assetAddress],
      leader: null,
      leaderCommission: null,
    })
    const gnosis = (
      await get('/v1.2/users/me/lending', { userScoped: 'true', blockchainId: '100' })
    ).body as unknown as Record<string, unknown>[]
    expect(gnosis).toEqual([expect.objectContaining({ assetTicker: 'EURe', position: null })])
    const refused = await ibex.call('GET', '/v1.2/users/me/lending', {
      headers: await walletlessToken(ibex),
      query: { userScoped: 'true' },
    })
    expect(refused.status).toBe(404)
  })

  it('lists the tokens the Safes hold or moved, 404 without a Safe', async () => {
    const { ibex, get, user } = await setup()
    const flat = (await get('/v1.2/users/me/tokens', {}, { 'x-blockchain-id': '421614' }))
      .body as unknown as Record<string, unknown>[]
    expect(flat.map((token) => token.symbol)).toEqual(['EUR-IBEX', 'USD-IBEX', 'ETH'])
    expect(flat[0]).toEqual({
      address: expect.any(String),
      secondaryAddress: null,
      symbol: 'EUR-IBEX',
      name: 'EUR-IBEX faucet token',
      decimals: 18,
      type: 'STABLECOIN_EUR',
      active: true,
      blockchainId: '421614',
      iconUrl: null,
    })
    ibex.mock.faucet({ address: String(user.safes['100']), chainId: 100, amount: '1' })
    const grouped = (await get('/v1.2/users/me/tokens')).body as unknown as {
      blockchainId: string
      tokens: { symbol: string }[]
    }[]
    expect(
      grouped.map(({ blockchainId, tokens }) => [blockchainId, tokens.map((t) => t.symbol)]),
    ).toEqual([
      ['421614', ['EUR-IBEX', 'USD-IBEX', 'ETH']],
      ['100', ['EURe']],
      ['8453', []],
    ])
    const refused = await ibex.call('GET', '/v1.2/users/me/tokens', {
      headers: await walletlessToken(ibex),
    })
    expect(refused.status).toBe(404)
  })

  it('lists pools per Safe, one object for a named chain, zero items with includeZero', async () => {
    const { get, user } = await setup()
    const none = await get('/v1.2/users/me/pools', {}, { 'x-blockchain-id': '421614' })
    expect(none.body).toEqual({
      timestamp: expect.any(String),
      blockchainId: '421614',
      address: user.safe,
      pools: [],
    })
    const zero = await get('/v1.2/users/me/pools', { includeZero: 'true', blockchainId: '421614' })
    const providers = (zero.body.pools as { provider: string; items: { method: string }[] }[]).map(
      (pool) => [pool.provider, pool.items.map((item) => item.method)],
    )
    expect(providers).toEqual([
      ['AAVE', ['SUPPLY', 'SUPPLY']],
      ['MORPHO', ['VAULT', 'VAULT']],
      ['HYPERLIQUID', ['WALLET', 'VAULT']],
    ])
    const all = (await get('/v1.2/users/me/pools')).body as unknown as unknown[]
    expect(all).toHaveLength(3)
  })
})

describe('POST /__mock/faucet', () => {
  it('credits any Safe, in any catalogue token, and reports the new balance', async () => {
    const { ibex, user } = await setup()
    const credited = await ibex.call('POST', '/__mock/faucet', {
      rpId: null,
      body: { address: user.safe.toLowerCase(), token: 'BTC-IBEX', amount: '0.5' },
    })
    expect(credited.status).toBe(200)
    expect(credited.body).toEqual({
      address: user.safe,
      chainId: 421614,
      tokenAddress: expect.any(String),
      symbol: 'BTC-IBEX',
      amount: '0.5',
      balance: '0.5',
    })
    const again = await ibex.call('POST', '/__mock/faucet', {
      rpId: null,
      body: { address: user.safe, amount: '1' },
    })
    expect(again.body).toMatchObject({ symbol: 'EUR-IBEX', balance: '101' })
    for (const body of [
      { address: 'nope', amount: '1' },
      { address: user.safe, amount: '-1' },
      { address: user.safe, amount: '0.000000001', token: 'BTC-IBEX' },
      { address: user.safe, amount: '1', token: 'DOGE' },
      { address: user.safe, amount: '1', chainId: 1 },
    ]) {
      const refused = await ibex.call('POST', '/__mock/faucet', { rpId: null, body })
      expect(refused.status, JSON.stringify(body)).toBe(400)
    }
  })
})
