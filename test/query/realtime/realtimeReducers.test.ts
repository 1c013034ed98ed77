import { getAddress, type Hex } from 'viem'
import { describe, expect, test } from 'vitest'
import type { IbexBalances, IbexTokenBalance } from '../../../src/core/parse/IbexBalances.ts'
import type {
  IbexTransaction,
  IbexTransactionsPage,
} from '../../../src/core/parse/IbexTransactions.ts'
import { addDecimalStrings } from '../../../src/query/addDecimalStrings.ts'
import { applyRealtimeBalanceUpdate } from '../../../src/query/applyRealtimeBalanceUpdate.ts'
import { mergeRealtimeTransactions } from '../../../src/query/mergeRealtimeTransactions.ts'
import { prependRealtimeTransactions } from '../../../src/query/prependRealtimeTransactions.ts'

const SAFE = getAddress('0x1111111111111111111111111111111111111111')
const EURE = getAddress('0x2222222222222222222222222222222222222222')
const USDC = getAddress('0x3333333333333333333333333333333333333333')

function token(
  address: `0x${string}`,
  symbol: string,
  balance: string,
  eur: number,
): IbexTokenBalance {
  return {
    address,
    symbol,
    name: undefined,
    decimals: 18,
    balance,
    type: 'ERC20',
    price: { eur },
    value: { eur: (Number(balance) * eur).toFixed(2) },
  }
}

const balances: IbexBalances = {
  timestamp: undefined,
  wallets: [
    {
      chainId: 421614,
      wallet: SAFE,
      pending: [],
      tokens: [token(EURE, 'EURe', '2', 1), token(USDC, 'USDC', '10', 0.85)],
    },
  ],
  totals: {
    crypto: { eur: '10.50' },
    fiat: { eur: '1.25' },
    grand: { eur: '11.75' },
    eurUsdRate: undefined,
  },
  pricesAvailable: true,
  fiat: {},
}

function tx(hash: string, timestamp: string, chainId = 421614): IbexTransaction {
  return {
    id: undefined,
    chainId,
    hash: hash as Hex,
    blockNumber: undefined,
    timestamp,
    from: SAFE,
    to: SAFE,
    wallet: SAFE,
    direction: 'IN',
    token: { address: EURE, symbol: 'EURe', type: 'ERC20', id: undefined },
    value: '1',
    valueFormatted: undefined,
    price: {},
    fiatValue: {},
  }
}

function page(transactions: IbexTransaction[], chains: IbexTransactionsPage['chains']) {
  return {
    page: 1,
    limit: 2,
    total: chains.reduce((sum, chain) => sum + (chain.total ?? 0), 0),
    totalPages: Math.max(...chains.map((chain) => chain.totalPages ?? 0)),
    transactions,
    chains,
    fiat: undefined,
    pricesAvailable: undefined,
    timestamp: undefined,
  }
}

describe('addDecimalStrings', () => {
  test('default: exact sums at the largest scale', () => {
    expect(addDecimalStrings(['2.36', '0.5', '10'])).toBe('12.86')
    expect(addDecimalStrings(['0.1', '0.2'])).toBe('0.30')
    expect(addDecimalStrings(['1.005', '-2'])).toBe('-0.995')
    expect(addDecimalStrings([])).toBeUndefined()
    expect(addDecimalStrings(['1e3'])).toBeUndefined()
  })
})

describe('applyRealtimeBalanceUpdate', () => {
  const change = { chainId: 421614, wallet: SAFE, token: EURE, decimals: 18 }

  test('default: amount, fiat value and totals updated in place', () => {
    const update = applyRealtimeBalanceUpdate(
      balances,
      {},
      {
        ...change,
        balance: '9500000000000000000',
      },
    )
    expect(update.kind).toBe('set')
    const next = update.kind === 'set' ? update.data : undefined
    expect(next?.wallets[0]?.tokens[0]).toMatchObject({ balance: '9.5', value: { eur: '9.50' } })
    expect(next?.totals).toEqual({
      crypto: { eur: '18.00' },
      fiat: { eur: '1.25' },
      grand: { eur: '19.25' },
      eurUsdRate: undefined,
    })
  })

  test('behavior: a token at zero leaves a list without zeros, stays with includeZero', () => {
    const zero = { ...change, balance: '0' }
    const without = applyRealtimeBalanceUpdate(balances, {}, zero)
    expect(without.kind === 'set' && without.data.wallets[0]?.tokens.map((t) => t.symbol)).toEqual([
      'USDC',
    ])
    const withZero = applyRealtimeBalanceUpdate(balances, { includeZero: true }, zero)
    expect(withZero.kind === 'set' && withZero.data.wallets[0]?.tokens[0]?.balance).toBe('0')
  })

  test('behavior: other chain or wallet skipped; an unknown token with a balance is stale', () => {
    expect(
      applyRealtimeBalanceUpdate(balances, { chainId: 100 }, { ...change, balance: '1' }).kind,
    ).toBe('skip')
    expect(
      applyRealtimeBalanceUpdate(
        balances,
        {},
        {
          ...change,
          token: getAddress('0x4444444444444444444444444444444444444444'),
          balance: '1',
        },
      ).kind,
    ).toBe('stale')
    expect(
      applyRealtimeBalanceUpdate(balances, {}, { ...change, balance: '2000000000000000000' }).kind,
    ).toBe('skip')
  })
})

describe('prependRealtimeTransactions', () => {
  const cached = {
    pages: [
      page(
        [tx('0xb', '2026-01-02T00:00:00.000Z'), tx('0xa', '2026-01-01T00:00:00.000Z')],
        [{ chainId: 421614, total: 3, page: 1, totalPages: 2 }],
      ),
    ],
    pageParams: [1],
  }

  test('default: new ones on top, known ones once, counts grown', () => {
    const update = prependRealtimeTransactions(cached, {}, [
      tx('0xc', '2026-01-03T00:00:00.000Z'),
      tx('0xb', '2026-01-02T00:00:00.000Z'),
    ])
    const first = update.kind === 'set' ? update.data.pages[0] : undefined
    expect(first?.transactions.map((t) => t.hash)).toEqual(['0xc', '0xb', '0xa'])
    expect(first).toMatchObject({ total: 4, totalPages: 2, chains: [{ total: 4, totalPages: 2 }] })
  })

  test('behavior: filters select; nothing new is a skip', () => {
    expect(
      prependRealtimeTransactions(cached, { direction: 'OUT' }, [tx('0xc', '2026-01-03T00:00Z')])
        .kind,
    ).toBe('skip')
    expect(
      prependRealtimeTransactions(cached, { startDate: '2026-01-04' }, [
        tx('0xc', '2026-01-03T00:00:00.000Z'),
      ]).kind,
    ).toBe('skip')
    expect(
      prependRealtimeTransactions(cached, { tags: 'x' }, [tx('0xc', '2026-01-03T00:00Z')]).kind,
    ).toBe('stale')
  })
})

describe('mergeRealtimeTransactions', () => {
  test('default: page 1 of the socket chain replaced, other chains kept, newest first', () => {
    const cached = {
      pages: [
        page(
          [tx('0xg', '2026-01-05T00:00:00.000Z', 100), tx('0xold', '2026-01-01T00:00:00.000Z')],
          [
            { chainId: 100, total: 1, page: 1, totalPages: 1 },
            { chainId: 421614, total: 1, page: 1, totalPages: 1 },
          ],
        ),
      ],
      pageParams: [1],
    }
    const incoming = page(
      [tx('0xn2', '2026-01-06T00:00:00.000Z'), tx('0xn1', '2026-01-04T00:00:00.000Z')],
      [{ chainId: 421614, total: 5, page: 1, totalPages: 3 }],
    )
    const update = mergeRealtimeTransactions(cached, incoming, {}, new Set([421614]))
    const first = update.kind === 'set' ? update.data.pages[0] : undefined
    expect(first?.transactions.map((t) => t.hash)).toEqual(['0xn2', '0xg', '0xn1'])
    expect(first).toMatchObject({ total: 6, totalPages: 3 })
    expect(
      mergeRealtimeTransactions(cached, incoming, { chainId: 100 }, new Set([421614])).kind,
    ).toBe('skip')
    expect(mergeRealtimeTransactions(cached, incoming, { limit: 5 }, new Set([421614])).kind).toBe(
      'stale',
    )
  })
})
