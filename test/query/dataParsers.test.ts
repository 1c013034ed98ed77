import { getAddress, parseUnits } from 'viem'
import { describe, expect, test } from 'vitest'
import { IbexResponseError } from '../../src/core/errors/IbexResponseError.ts'
import { chainHasModule } from '../../src/core/parse/chainHasModule.ts'
import { flattenBalances } from '../../src/core/parse/flattenBalances.ts'
import { parseBalances } from '../../src/core/parse/parseBalances.ts'
import { parseChains } from '../../src/core/parse/parseChains.ts'
import { parseLendingPositions } from '../../src/core/parse/parseLendingPositions.ts'
import { parsePoolPositions } from '../../src/core/parse/parsePoolPositions.ts'
import { parseTokens } from '../../src/core/parse/parseTokens.ts'
import { parseTransactionsPage } from '../../src/core/parse/parseTransactionsPage.ts'
import { parseUserData } from '../../src/core/parse/parseUserData.ts'

// Bodies as docs/protocol.md documents them (addresses filled in to full length).
const SAFE = '0x391fa2bd7b0b0ffa16c4f8c5bd17bc2b16bd4e7c'
const EURE = '0x420ca0f9b9b604ce0fd9c18ef134c705e5fa3430'
const BTC = '0xb21ef1140000000000000000000000000000763a'
const hash = (byte: string) => `0x${byte.repeat(32)}`

const eureEntry = {
  tokenAddress: EURE,
  primaryAddress: EURE,
  secondaryAddress: '0xcb444e90d8198415266c6a2724b7900fb12fc56e',
  active: true,
  symbol: 'EURe',
  decimals: 18,
  balance: '2.0',
  price_usd: 1.1797,
  price_eur: 1,
  value_usd: '2.36',
  value_eur: '2.00',
  price_updated_at: '2026-05-14T19:07:41.697Z',
  price_source: 'coinbase',
}

const aggregatedBalances = {
  timestamp: '2026-05-14T19:07:41.697Z',
  crypto: { '100': { [SAFE]: { tokens: [eureEntry], pending: [] } } },
  fiat: {},
  totals: {
    crypto_total_value_eur: '720.75',
    fiat_total_value_eur: '0.00',
    grand_total_value_eur: '720.75',
    crypto_total_value_usd: '778.42',
    fiat_total_value_usd: '0.00',
    grand_total_value_usd: '778.42',
    conversion_rate_eur_usd: 1.1797,
  },
  prices_available: true,
}

const txItem = (chain: string, byte: string, timestamp: string) => ({
  id: 151927,
  blockNumber: 46172038,
  transactionHash: hash(byte),
  timestamp,
  from: EURE,
  to: SAFE,
  tokenAddress: EURE,
  tokenType: 'ERC20',
  tokenId: null,
  tokenSymbol: 'EURe',
  value: '2000000000000000000',
  valueFormatted: 2,
  direction: 'IN',
  watchedAddress: SAFE,
  blockchainId: chain,
  price_usd: 1.18,
  price_eur: 1,
  value_usd: '2.36',
  value_eur: '2.00',
})

describe('parseBalances', () => {
  test('default: the aggregated body becomes wallets per chain', () => {
    expect(parseBalances(aggregatedBalances)).toEqual({
      timestamp: '2026-05-14T19:07:41.697Z',
      wallets: [
        {
          chainId: 100,
          wallet: getAddress(SAFE),
          pending: [],
          tokens: [
            {
              address: getAddress(EURE),
              symbol: 'EURe',
              name: undefined,
              decimals: 18,
              balance: '2.0',
              type: undefined,
              price: { eur: 1, usd: 1.1797 },
              value: { eur: '2.00', usd: '2.36' },
            },
          ],
        },
      ],
      totals: {
        crypto: { eur: '720.75', usd: '778.42' },
        fiat: { eur: '0.00', usd: '0.00' },
        grand: { eur: '720.75', usd: '778.42' },
        eurUsdRate: 1.1797,
      },
      pricesAvailable: true,
      fiat: {},
    })
  })

  test('behavior: the scoped body, the WebSocket initial `{ balance }` and numbers as amounts', () => {
    const scoped = parseBalances({
      type: 'crypto',
      identifier: SAFE,
      blockchainId: '100',
      balance: { tokens: [{ ...eureEntry, balance: 0.0000001 }], pending: [], summary: {} },
    })
    expect(scoped.wallets).toEqual([
      expect.objectContaining({ chainId: 100, wallet: getAddress(SAFE) }),
    ])
    expect(scoped.wallets[0]?.tokens[0]?.balance).toBe('0.0000001')
    expect(scoped.totals).toBeUndefined()

    const initial = parseBalances({
      mode: 'initial',
      safeAddress: SAFE,
      balance: aggregatedBalances,
    })
    expect(initial).toEqual(parseBalances(aggregatedBalances))
  })

  test('behavior: a scoped body without any chain takes the requested one, else is refused', () => {
    const body = { identifier: SAFE, balance: { tokens: [eureEntry] } }
    expect(parseBalances(body, { chainId: 421614 }).wallets[0]?.chainId).toBe(421614)
    expect(() => parseBalances(body)).toThrowError(IbexResponseError)
  })

  test('error: a malformed token names its field', () => {
    const body = { crypto: { '100': { [SAFE]: { tokens: [{ ...eureEntry, balance: '2,5' }] } } } }
    const error = (() => {
      try {
        parseBalances(body)
      } catch (caught) {
        return caught
      }
      return undefined
    })()
    expect(error).toBeInstanceOf(IbexResponseError)
    expect(error).toMatchObject({
      code: 'response/invalid-shape',
      endpoint: 'GET /v1.2/users/me/balances',
      field: `crypto.100.${SAFE}.tokens.0.balance`,
    })
  })
})

describe('flattenBalances', () => {
  test('base units are what viem parseUnits gives, rounding included', () => {
    const amounts = ['0', '2.0', '0.005', '-1.25', '1.999999999', '0.123456785', '-0.5', '7.45']
    for (const decimals of [0, 1, 2, 8, 18]) {
      const balances = parseBalances({
        crypto: {
          '421614': {
            [SAFE]: {
              tokens: amounts.map((balance, i) => ({
                tokenAddress: `0x${String(i + 1).padStart(40, '0')}`,
                symbol: `T${i}`,
                decimals,
                balance,
              })),
            },
          },
        },
      })
      expect(flattenBalances(balances).map((row) => row.balanceBaseUnits)).toEqual(
        amounts.map((amount) => parseUnits(amount, decimals)),
      )
    }
  })

  test('default: one row per token, base units exact at any decimals', () => {
    const balances = parseBalances({
      crypto: {
        '421614': {
          [SAFE]: {
            tokens: [
              { tokenAddress: BTC, symbol: 'BTC-IBEX', decimals: 8, balance: '0.12345678' },
              { ...eureEntry, balance: '123456789.123456789123456789' },
            ],
          },
        },
      },
    })
    expect(flattenBalances(balances).map((row) => row.balanceBaseUnits)).toEqual([
      12_345_678n,
      123_456_789_123_456_789_123_456_789n,
    ])
    expect(flattenBalances(balances)[0]).toEqual({
      chainId: 421614,
      wallet: getAddress(SAFE),
      token: { address: getAddress(BTC), symbol: 'BTC-IBEX', decimals: 8 },
      balance: '0.12345678',
      balanceBaseUnits: 12_345_678n,
      value: {},
    })
  })
})

describe('parseTransactionsPage', () => {
  test('default: the aggregated body merges the chains newest first', () => {
    const page = parseTransactionsPage({
      type: 'mixed',
      crypto: {
        prices_available: true,
        transactions: {
          '100': {
            total: 117,
            page: 1,
            limit: 2,
            totalPages: 59,
            data: [
              txItem('100', 'a1', '2026-05-14T14:53:55.000Z'),
              txItem('100', 'a2', '2026-05-10T00:00:00.000Z'),
            ],
          },
          '421614': {
            total: 3,
            page: 1,
            limit: 2,
            totalPages: 2,
            data: [txItem('421614', 'b1', '2026-05-12T00:00:00.000Z')],
          },
        },
      },
      fiat: { ibans: [], total: 0, page: 1, limit: 2, totalPages: 0, data: [] },
    })
    expect(page.transactions.map((tx) => [tx.chainId, tx.hash])).toEqual([
      [100, hash('a1')],
      [421614, hash('b1')],
      [100, hash('a2')],
    ])
    expect(page).toMatchObject({ page: 1, limit: 2, total: 120, totalPages: 59 })
    expect(page.chains).toEqual([
      { chainId: 100, total: 117, page: 1, totalPages: 59 },
      { chainId: 421614, total: 3, page: 1, totalPages: 2 },
    ])
    expect(page.pricesAvailable).toBe(true)
    expect(page.fiat).toEqual({ total: 0, data: [] })
    expect(page.transactions[0]).toMatchObject({
      id: '151927',
      from: getAddress(EURE),
      wallet: getAddress(SAFE),
      value: '2000000000000000000',
      fiatValue: { eur: '2.00', usd: '2.36' },
    })
  })

  test('behavior: the flat shape of /users/me, scoped pages, fiat only, WebSocket initial', () => {
    const flat = parseTransactionsPage({
      type: 'mixed',
      crypto: {
        blockchainId: '421614',
        total: 20,
        page: 1,
        limit: 50,
        totalPages: 1,
        data: [{ ...txItem('421614', 'c1', '2026-05-14T00:00:00.000Z'), blockchainId: undefined }],
        chains: [{ blockchainId: '421614', total: 20, wallets: [{ walletAddress: SAFE }] }],
      },
    })
    expect(flat).toMatchObject({ page: 1, total: 20, totalPages: 1 })
    expect(flat.transactions[0]?.chainId).toBe(421614)
    expect(flat.chains).toEqual([
      { chainId: 421614, total: 20, page: undefined, totalPages: undefined },
    ])

    const scoped = parseTransactionsPage({
      type: 'crypto',
      identifier: SAFE,
      total: 1,
      page: 2,
      limit: 1,
      totalPages: 3,
      data: [
        {
          ...txItem('100', 'd1', '2026-05-14T00:00:00.000Z'),
          hash: hash('d1'),
          transactionHash: undefined,
        },
      ],
    })
    expect(scoped).toMatchObject({ page: 2, totalPages: 3 })
    expect(scoped.transactions[0]?.hash).toBe(hash('d1'))

    const fiat = parseTransactionsPage({
      type: 'fiat',
      fiat: {
        total: 2,
        page: 1,
        limit: 50,
        totalPages: 1,
        data: [{ id: 'sepa-1' }, { id: 'sepa-2' }],
      },
    })
    expect(fiat).toMatchObject({ transactions: [], totalPages: 1, fiat: { total: 2 } })

    const body = { type: 'mixed', crypto: { transactions: {} } }
    expect(
      parseTransactionsPage({ mode: 'initial', safeAddress: SAFE, transactions: body }),
    ).toEqual(parseTransactionsPage(body))
  })

  test('error: an item without a chain anywhere, or without a hash, is refused', () => {
    const noChain = { ...txItem('1', 'e1', '2026-05-14T00:00:00.000Z'), blockchainId: null }
    expect(() => parseTransactionsPage({ crypto: { data: [noChain] } })).toThrowError(
      /crypto\.data\.0\.blockchainId/,
    )
    expect(
      parseTransactionsPage({ crypto: { data: [noChain] } }, { chainId: 8453 }).transactions[0]
        ?.chainId,
    ).toBe(8453)
    const noHash = { ...txItem('1', 'e1', '2026-05-14T00:00:00.000Z'), transactionHash: null }
    expect(() => parseTransactionsPage({ data: [noHash], identifier: SAFE })).toThrowError(
      IbexResponseError,
    )
  })
})

describe('parseUserData', () => {
  test('behavior: WebSocket sections `{ status, data }` are unwrapped; failures land in errors', () => {
    const profile = parseUserData({
      addresses: { status: 200, data: { wallets: [{ safeAddress: SAFE, chainIds: [100] }] } },
      balances: { type: 'crypto', identifier: '0x12' },
      kycStatus: { status: 200, data: { kycLevel: '1', status: 'pending', verified: false } },
      lending: [],
      userdata: { theme: 'dark' },
      errors: { transactions: { status: 500, message: 'Internal server error' } },
    })
    expect(profile.addresses?.wallets.map((wallet) => wallet.safeAddress)).toEqual([
      getAddress(SAFE),
    ])
    expect(profile.balances).toBeUndefined()
    expect(profile.transactions).toBeUndefined()
    expect(profile.data).toEqual({ theme: 'dark' })
    expect(profile.sections).toEqual({
      kycStatus: { kycLevel: '1', status: 'pending', verified: false },
      lending: [],
    })
    expect(profile.errors).toEqual({
      transactions: { status: 500, message: 'Internal server error' },
      balances: { status: undefined, message: expect.stringContaining('balances') },
    })
  })
})

describe('parseUserData: one rule for failed sections, whatever the source', () => {
  test('behavior: a wrapped section that failed is left out and reported with its status', () => {
    const profile = parseUserData({
      data: { status: 200, data: { language: 'fr' } },
      ibans: { status: 500, data: null, message: 'down' },
      kycStatus: { status: 404, data: null },
      lending: { status: 200, data: [] },
    })
    expect(profile.data).toEqual({ language: 'fr' })
    expect(profile.sections).toEqual({ lending: [] })
    expect(profile.errors).toEqual({
      ibans: { status: 500, message: 'down' },
      kycStatus: { status: 404, message: 'Failed' },
    })
  })
})

describe('parseTokens', () => {
  test('behavior: grouped per chain or flat with the requested chain', () => {
    const entry = {
      address: EURE,
      secondaryAddress: null,
      symbol: 'EURe',
      name: 'Monerium EURe',
      decimals: 18,
      active: true,
      iconUrl: null,
      type: 'STABLECOIN_EUR',
    }
    expect(parseTokens([{ blockchainId: '100', tokens: [entry] }]).map((t) => t.chainId)).toEqual([
      100,
    ])
    expect(parseTokens([entry], { chainId: 100 })[0]).toEqual({
      chainId: 100,
      address: getAddress(EURE),
      secondaryAddress: undefined,
      symbol: 'EURe',
      name: 'Monerium EURe',
      decimals: 18,
      type: 'STABLECOIN_EUR',
      active: true,
      iconUrl: undefined,
    })
    expect(() => parseTokens([entry])).toThrowError(IbexResponseError)
  })
})

describe('positions and chains', () => {
  test('behavior: pools for one chain (an object) or all (an array); lending without positions defers', () => {
    const wallet = {
      blockchainId: '421614',
      address: SAFE,
      pools: [
        {
          provider: 'MORPHO',
          items: [
            {
              tokenAddress: EURE,
              symbol: 'EURe',
              decimals: 18,
              baseBalance: '10',
              currentBalance: '10.4',
              gain: '0.4',
              gainPct: 4,
              apy: 0.05,
            },
          ],
        },
      ],
    }
    expect(parsePoolPositions(wallet)).toEqual(parsePoolPositions([wallet]))
    expect(parsePoolPositions(wallet)[0]).toMatchObject({
      provider: 'MORPHO',
      balance: '10.4',
      baseBalance: '10',
      gain: '0.4',
    })
    const catalogue = [{ id: 1, blockchainId: '42161', provider: 'AAVE', address: SAFE, apy: 0.03 }]
    expect(parseLendingPositions(catalogue)).toBeUndefined()
    expect(parseLendingPositions(catalogue.map((entry) => ({ ...entry, position: null })))).toEqual(
      [],
    )
  })

  test('behavior: modules that are not `true` are off', () => {
    const chains = parseChains([
      { id: '8453', name: 'Base', modules: { cowswap: true, recovery: 'N/A' } },
    ])
    expect(chains[0]?.modules).toEqual({ cowswap: true, recovery: false })
    expect(chainHasModule(chains, 8453, 'cowswap')).toBe(true)
    expect(chainHasModule(chains, 8453, 'recovery')).toBe(false)
    expect(chainHasModule(chains, 8453, 'bridge')).toBe(false)
    expect(chainHasModule(chains, 1, 'cowswap')).toBe(false)
  })
})
