import { parseUnits } from 'viem'
import { describe, expect, it } from 'vitest'
import { findToken } from '../../../src/mock/wallet/findToken.ts'
import { createTestIbex } from '../createTestIbex.ts'
import {
  balanceOfSymbol,
  runOperations,
  signUpKeyUser,
  signUpPasskeyUser,
  type TestIbex,
  type WalletUser,
} from '../walletUsers.ts'

const eur = findToken(421614, 'EUR-IBEX')
const usd = findToken(421614, 'USD-IBEX')

function quote(
  ibex: TestIbex,
  user: WalletUser,
  query: Record<string, string>,
  path = '/v1.2/safes/swap/quote',
) {
  return ibex.call('GET', path, { headers: user.headers, query })
}

type PoolItem = { method: string; symbol: string; baseBalance: string; name: string }
async function positions(ibex: TestIbex, user: WalletUser): Promise<[string, string, string][]> {
  const response = await ibex.call('GET', '/v1.2/users/me/pools', {
    headers: { ...user.headers, 'x-blockchain-id': '421614' },
  })
  const pools = response.body.pools as { provider: string; items: PoolItem[] }[]
  return pools.flatMap((pool) =>
    pool.items.map((item): [string, string, string] => [
      pool.provider,
      item.method,
      item.baseBalance,
    ]),
  )
}

describe('swaps', () => {
  it('quotes with quoteId, validTo, buyAmount, feeAmount, comparisons and bestProvider', async () => {
    const ibex = createTestIbex()
    const user = await signUpKeyUser(ibex)
    const response = await quote(ibex, user, {
      sellTokenAddress: String(eur?.address),
      buyTokenAddress: String(usd?.address),
      amount: '10',
    })
    expect(response.status).toBe(200)
    expect(response.body).toEqual({
      quoteId: expect.any(String),
      chainId: 421614,
      safeAddress: user.safe,
      sellToken: eur?.address,
      sellTokenDecimals: 18,
      buyToken: usd?.address,
      buyTokenDecimals: 18,
      sellAmount: '10',
      feeAmount: '0.05',
      // 9.95 EUR at 1.1797 USD per EUR.
      buyAmount: '11.738015',
      validTo: Math.floor(ibex.clock.now() / 1000) + 300,
      comparisons: {
        cowswap: {
          provider: 'COWSWAP',
          buyAmount: '11.738015',
          feeAmount: '0.05',
          validTo: Math.floor(ibex.clock.now() / 1000) + 300,
        },
        oneinch: { provider: '1INCH', buyAmount: '11.773406', estimatedGas: '150000' },
      },
      bestProvider: 'COWSWAP',
      provider: 'COWSWAP',
      orderUid: expect.stringMatching(/^0x[0-9a-f]{112}$/),
    })
    const alias = await quote(
      ibex,
      user,
      { from: String(usd?.address), to: String(eur?.address), amount: '1', provider: '1INCH' },
      '/v1.2/safes/quote',
    )
    expect(alias.body).toMatchObject({ bestProvider: '1INCH', comparisons: { oneinch: {} } })
    expect(alias.body.comparisons).not.toHaveProperty('cowswap')
  })

  it('refuses a quote above the balance, for the same token, or with a bad amount', async () => {
    const ibex = createTestIbex()
    const user = await signUpKeyUser(ibex)
    const base = { sellTokenAddress: String(eur?.address), buyTokenAddress: String(usd?.address) }
    expect((await quote(ibex, user, { ...base, amount: '100.5' })).body.error_code).toBe(
      'INSUFFICIENT_BALANCE',
    )
    expect(
      (await quote(ibex, user, { ...base, buyTokenAddress: base.sellTokenAddress, amount: '1' }))
        .status,
    ).toBe(400)
    expect((await quote(ibex, user, { ...base, amount: 'ten' })).status).toBe(400)
    expect(
      (await quote(ibex, user, { ...base, amount: '1', safeAddress: user.safes['100'] ?? '' })).body
        .error_code,
    ).toBe('UNKNOWN_SAFE')
  })

  it('swaps at the quoted rate, once', async () => {
    const ibex = createTestIbex()
    const user = await signUpPasskeyUser(ibex)
    const quoted = await quote(ibex, user, {
      sellTokenAddress: String(eur?.address),
      buyTokenAddress: String(usd?.address),
      amount: '40',
    })
    const operation = {
      type: 'SWAP_FROM_QUOTE',
      quoteId: quoted.body.quoteId,
      orderUid: quoted.body.orderUid,
      slippage: 0.5,
    }
    const { executed } = await runOperations(ibex, user, [operation])
    expect(executed.status).toBe(200)
    expect(await balanceOfSymbol(ibex, user, 'EUR-IBEX')).toBe('60')
    const bought = parseUnits(String(quoted.body.buyAmount), 18)
    expect(parseUnits(await balanceOfSymbol(ibex, user, 'USD-IBEX'), 18)).toBe(
      parseUnits('100', 18) + bought,
    )
    const reuse = await runOperations(ibex, user, [operation])
    expect(reuse.prepared.status).toBe(400)
    expect(String(reuse.prepared.body.message)).toMatch(/already used/)
  })

  it('lets a quote expire after 5 minutes, at prepare and at execute', async () => {
    const ibex = createTestIbex({ operationTtl: 3600 })
    const user = await signUpKeyUser(ibex)
    const query = {
      sellTokenAddress: String(eur?.address),
      buyTokenAddress: String(usd?.address),
      amount: '1',
    }
    const early = await quote(ibex, user, query)
    const prepared = await ibex.call('POST', '/v1.2/safes/operations', {
      headers: user.headers,
      body: {
        safeAddress: user.safe,
        operations: [{ type: 'SWAP_FROM_QUOTE', quoteId: early.body.quoteId }],
      },
    })
    expect(prepared.status).toBe(200)
    ibex.clock.advance(300_001)
    const executed = await ibex.call('PUT', '/v1.2/safes/operations', {
      headers: user.headers,
      body: await user.sign(prepared.body),
    })
    expect(executed.status).toBe(422)
    expect(executed.body.error_code).toBe('EXPIRED')
    const late = await ibex.call('POST', '/v1.2/safes/operations', {
      headers: user.headers,
      body: {
        safeAddress: user.safe,
        operations: [{ type: 'SWAP_FROM_QUOTE', quoteId: early.body.quoteId }],
      },
    })
    expect(late.status).toBe(400)
    expect(late.body.error_code).toBe('EXPIRED')
  })
})

describe('Aave, Morpho and Hyperliquid', () => {
  it('creates an Aave position visible in pools and lending, and withdraws it', async () => {
    const ibex = createTestIbex()
    const user = await signUpKeyUser(ibex)
    const supply = await runOperations(ibex, user, [
      { type: 'AAVE_SUPPLY', assetTicker: 'USD-IBEX', amount: '25.5', referralCode: 0 },
    ])
    expect(supply.executed.status).toBe(200)
    expect(await balanceOfSymbol(ibex, user, 'USD-IBEX')).toBe('74.5')
    expect(await positions(ibex, user)).toEqual([['AAVE', 'SUPPLY', '25.5']])
    const lending = await ibex.call('GET', '/v1.2/users/me/lending', {
      headers: user.headers,
      query: { userScoped: 'true', blockchainId: '421614' },
    })
    const entries = lending.body as unknown as { name: string; position: unknown }[]
    expect(entries.find((entry) => entry.name === 'Aave USD-IBEX')?.position).toEqual({
      safeAddress: user.safe,
      balance: '25.5',
    })

    const tooMuch = await runOperations(ibex, user, [
      { type: 'AAVE_WITHDRAW', tokenAddress: usd?.address, decimals: 18, amount: '30' },
    ])
    expect(tooMuch.prepared.body.error_code).toBe('INSUFFICIENT_POSITION')
    await runOperations(ibex, user, [
      { type: 'AAVE_WITHDRAW', tokenAddress: usd?.address, decimals: 18, amount: '25.5' },
    ])
    expect(await positions(ibex, user)).toEqual([])
    expect(await balanceOfSymbol(ibex, user, 'USD-IBEX')).toBe('100')
  })

  it('supplies to a Morpho vault and redeems by shares', async () => {
    const ibex = createTestIbex()
    const user = await signUpKeyUser(ibex)
    const vaults = await ibex.call('GET', '/v1.2/safes/vaults', {
      headers: user.headers,
      query: { provider: 'MORPHO', blockchainId: '421614' },
    })
    const vault = (vaults.body as unknown as { poolAddress: string; assetTicker: string }[]).find(
      (entry) => entry.assetTicker === 'EUR-IBEX',
    )
    await runOperations(ibex, user, [
      {
        type: 'MORPHO_SUPPLY',
        assetTicker: 'EUR-IBEX',
        amount: '12',
        vaultAddress: vault?.poolAddress,
      },
    ])
    expect(await positions(ibex, user)).toEqual([['MORPHO', 'VAULT', '12']])
    expect(await balanceOfSymbol(ibex, user, 'EUR-IBEX')).toBe('88')
    await runOperations(ibex, user, [
      {
        type: 'MORPHO_WITHDRAW',
        shares: String(parseUnits('12', 18)),
        vaultAddress: vault?.poolAddress,
      },
    ])
    expect(await positions(ibex, user)).toEqual([])
    expect(await balanceOfSymbol(ibex, user, 'EUR-IBEX')).toBe('100')
    const unknown = await runOperations(ibex, user, [
      { type: 'MORPHO_SUPPLY', assetTicker: 'EUR-IBEX', amount: '1', vaultAddress: user.safe },
    ])
    expect(unknown.prepared.status).toBe(400)
  })

  it('deposits to Hyperliquid with a numeric amount, enters and leaves the vault', async () => {
    const ibex = createTestIbex()
    const user = await signUpKeyUser(ibex)
    const deposit = await runOperations(ibex, user, [
      { type: 'HYPERLIQUID_DEPOSIT', hyperliquidData: { action: 'DEPOSIT', amount: 40 } },
    ])
    expect(deposit.executed.status).toBe(200)
    expect(await balanceOfSymbol(ibex, user, 'USD-IBEX')).toBe('60')
    expect(await positions(ibex, user)).toEqual([['HYPERLIQUID', 'WALLET', '40']])
    await runOperations(ibex, user, [
      { type: 'HYPERLIQUID_ENTER_VAULT', hyperliquidData: { action: 'ENTER_VAULT', amount: 15 } },
    ])
    expect(await positions(ibex, user)).toEqual([
      ['HYPERLIQUID', 'WALLET', '25'],
      ['HYPERLIQUID', 'VAULT', '15'],
    ])
    await runOperations(ibex, user, [
      { type: 'HYPERLIQUID_WITHDRAW_VAULT', hyperliquidData: { action: 'WITHDRAW', amount: 15 } },
      {
        type: 'HYPERLIQUID_WITHDRAW',
        hyperliquidData: { action: 'WITHDRAW_WALLET', amount: 40, to: user.safe },
      },
    ])
    expect(await positions(ibex, user)).toEqual([])
    expect(await balanceOfSymbol(ibex, user, 'USD-IBEX')).toBe('100')
    for (const hyperliquidData of [
      { action: 'DEPOSIT', amount: '40' },
      { action: 'DEPOSIT', amount: -1 },
      { action: 'ENTER_VAULT', amount: 1 },
    ]) {
      const refused = await runOperations(ibex, user, [
        { type: 'HYPERLIQUID_DEPOSIT', hyperliquidData },
      ])
      expect(refused.prepared.status, JSON.stringify(hyperliquidData)).toBe(400)
    }
  })
})

describe('batches', () => {
  it('executes several operations with one signature', async () => {
    const ibex = createTestIbex()
    const user = await signUpPasskeyUser(ibex)
    const friend = await signUpKeyUser(ibex)
    const intent = await ibex.call('POST', '/v1.2/safes/operations/batch-intent', {
      headers: user.headers,
      body: {
        safeAddress: user.safe,
        chainId: 421614,
        operations: [
          { type: 'TRANSFER_TOKEN', tokenAddress: eur?.address, to: friend.safe, amount: '10' },
          { type: 'AAVE_SUPPLY', assetTicker: 'EUR-IBEX', amount: '20' },
        ],
        options: { atomic: true, ttlSec: 120 },
      },
    })
    expect(intent.status).toBe(200)
    expect(intent.body.expiresAt).toBe(new Date(ibex.clock.now() + 120_000).toISOString())
    const batchId = String(intent.body.batchId)
    const executed = await ibex.call('PUT', '/v1.2/safes/operations/batch-execute', {
      headers: user.headers,
      body: { batchId, ...(await user.sign(intent.body)) },
    })
    expect(executed.body).toEqual({
      batchId,
      userOpHash: expect.stringMatching(/^0x[0-9a-f]{64}$/),
      status: 'SUBMITTED',
    })
    expect(await balanceOfSymbol(ibex, user, 'EUR-IBEX')).toBe('70')
    expect(await balanceOfSymbol(ibex, friend, 'EUR-IBEX')).toBe('110')
    expect(await positions(ibex, user)).toEqual([['AAVE', 'SUPPLY', '20']])
    const batchStatus = await ibex.call('GET', `/v1.2/safes/operations/batch/${batchId}/status`, {
      headers: user.headers,
    })
    expect(batchStatus.body).toMatchObject({
      batchId,
      status: 'EXECUTED',
      operations: [
        { index: 0, type: 'TRANSFER_TOKEN' },
        { index: 1, type: 'AAVE_SUPPLY' },
      ],
    })
    const again = await ibex.call('PUT', '/v1.2/safes/operations/batch-execute', {
      headers: user.headers,
      body: { batchId, ...(await user.sign(intent.body)) },
    })
    expect(again.status).toBe(410)
  })

  it('refuses Hyperliquid in a batch (NOT_IMPLEMENTED) and a bad ttl', async () => {
    const ibex = createTestIbex()
    const user = await signUpKeyUser(ibex)
    const refused = await ibex.call('POST', '/v1.2/safes/operations/batch-intent', {
      headers: user.headers,
      body: {
        safeAddress: user.safe,
        operations: [
          { type: 'AAVE_SUPPLY', assetTicker: 'USD-IBEX', amount: '1' },
          { type: 'HYPERLIQUID_DEPOSIT', hyperliquidData: { action: 'DEPOSIT', amount: 1 } },
        ],
      },
    })
    expect(refused.status).toBe(400)
    expect(refused.body).toEqual({
      message: 'operations[1]: HYPERLIQUID_DEPOSIT is not allowed in a batch',
      error_code: 'NOT_IMPLEMENTED',
    })
    const ttl = await ibex.call('POST', '/v1.2/safes/operations/batch-intent', {
      headers: user.headers,
      body: {
        safeAddress: user.safe,
        operations: [{ type: 'AAVE_SUPPLY', assetTicker: 'USD-IBEX', amount: '1' }],
        options: { ttlSec: 30 },
      },
    })
    expect(ttl.status).toBe(400)
  })

  it('returns the same open intent for a repeated idempotencyKey', async () => {
    const ibex = createTestIbex()
    const user = await signUpKeyUser(ibex)
    const body = {
      safeAddress: user.safe,
      idempotencyKey: 'pay-rent-2026-01',
      operations: [{ type: 'AAVE_SUPPLY', assetTicker: 'USD-IBEX', amount: '1' }],
    }
    const first = await ibex.call('POST', '/v1.2/safes/operations/batch-intent', {
      headers: user.headers,
      body,
    })
    const second = await ibex.call('POST', '/v1.2/safes/operations/batch-intent', {
      headers: user.headers,
      body,
    })
    expect(second.body.batchId).toBe(first.body.batchId)
  })
})
