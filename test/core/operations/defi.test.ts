import { parseUnits } from 'viem'
import { describe, expect, test } from 'vitest'
import { getSwapQuote } from '../../../src/core/actions/operations/getSwapQuote.ts'
import { runBatch } from '../../../src/core/operations/runBatch.ts'
import { runOperation } from '../../../src/core/operations/runOperation.ts'
import { ceremonyHarness, rejectionOf } from '../ceremonies/ceremonyHarness.ts'
import {
  balanceOf,
  human,
  positionsOf,
  safeOf,
  signUpPasskeyUser,
  token,
  transactionsOf,
} from './operationUsers.ts'

const h = ceremonyHarness({ operationConfirmDelayMs: 20 })
const tracking = { intervalMs: 10, timeoutMs: 5_000 }
const EUR = token('EUR-IBEX')
const USD = token('USD-IBEX')

/** Signature counter of the software authenticator's newest passkey. */
function signatures(): number {
  return h.authenticator.credentials().at(-1)?.counter ?? 0
}

describe('swaps', () => {
  test('a swap executes at the quoted amounts', async () => {
    const client = h.client()
    const user = await signUpPasskeyUser(client)
    const quote = await getSwapQuote(client, {
      sellTokenAddress: EUR,
      buyTokenAddress: USD,
      amount: '10',
      chainId: 421614,
    })
    expect(quote).toMatchObject({
      sellAmount: '10',
      sellValue: parseUnits('10', 18),
      provider: 'COWSWAP',
    })
    expect(quote.comparisons.map((offer) => offer.provider)).toEqual(['COWSWAP', '1INCH'])
    expect(quote.expiresAt).toBeGreaterThan(Date.now())

    const result = await runOperation(client, { kind: 'swap', quote, slippage: 0.5 }, { tracking })
    expect(result).toMatchObject({
      status: 'confirmed',
      operation: { kind: 'swap', quoteId: quote.quoteId, buyValue: quote.buyValue },
    })
    expect(await balanceOf(client, user, 'EUR-IBEX')).toBe('90')
    expect(await balanceOf(client, user, 'USD-IBEX')).toBe(
      human(parseUnits('100', 18) + quote.buyValue),
    )
    expect(
      JSON.parse(h.calls('POST', '/v1.2/safes/operations')[0]?.body ?? '{}').operations,
    ).toEqual([
      { type: 'SWAP_FROM_QUOTE', quoteId: quote.quoteId, orderUid: quote.orderUid, slippage: 0.5 },
    ])
  })

  test('an expired quote is refused: before any request by the kit clock, else as IBEx says', async () => {
    const client = h.client()
    await signUpPasskeyUser(client)
    const quote = await getSwapQuote(client, {
      sellTokenAddress: EUR,
      buyTokenAddress: USD,
      amount: '1',
    })
    h.requests.length = 0

    const local = await rejectionOf(
      runOperation(client, { kind: 'swap', quote }, { now: () => quote.expiresAt }),
    )
    expect(local).toMatchObject({ code: 'validation/quote-expired', field: 'quote' })
    expect(h.requests).toEqual([])

    h.advanceMockClock(301_000)
    const server = await rejectionOf(runOperation(client, { kind: 'swap', quote }))
    expect(server).toMatchObject({ code: 'validation/quote-expired', field: 'quote' })
    expect(h.calls('PUT', '/v1.2/safes/operations')).toEqual([])
  })
})

describe('Aave and Morpho', () => {
  test('a supply appears as a position and withdrawing it removes the position', async () => {
    const client = h.client()
    const user = await signUpPasskeyUser(client)

    const supplied = await runOperation(
      client,
      { kind: 'aaveSupply', token: USD, amount: '25' },
      { tracking },
    )
    expect(supplied.operation).toMatchObject({
      type: 'AAVE_SUPPLY',
      amount: '25',
      symbol: 'USD-IBEX',
    })
    await runOperation(client, { kind: 'morphoDeposit', token: EUR, amount: '30' }, { tracking })
    expect(await positionsOf(client)).toEqual({ 'AAVE:USD-IBEX': '25', 'MORPHO:EUR-IBEX': '30' })
    expect(await balanceOf(client, user, 'USD-IBEX')).toBe('75')

    await runOperation(client, { kind: 'aaveWithdraw', token: USD, amount: '25' }, { tracking })
    await runOperation(client, { kind: 'morphoWithdraw', token: EUR, amount: '10' }, { tracking })
    const vaults = (await client.request({
      path: '/v1.2/safes/vaults',
      query: { provider: 'MORPHO', blockchainId: 421614 },
    })) as { poolAddress: `0x${string}`; assetTicker: string }[]
    const vaultAddress = vaults.find((vault) => vault.assetTicker === 'EUR-IBEX')?.poolAddress
    if (!vaultAddress) throw new Error('no Morpho EUR vault')
    const bySharesResult = await runOperation(
      client,
      { kind: 'morphoWithdraw', shares: parseUnits('20', 18).toString(), vaultAddress },
      { tracking },
    )
    expect(bySharesResult.operation).toMatchObject({ shares: parseUnits('20', 18), vaultAddress })
    expect(await positionsOf(client)).toEqual({})
    expect(await balanceOf(client, user, 'USD-IBEX')).toBe('100')
    expect(await balanceOf(client, user, 'EUR-IBEX')).toBe('100')
  })

  test('withdrawing more than the position is refused by IBEx as a validation error', async () => {
    const client = h.client()
    await signUpPasskeyUser(client)
    const error = await rejectionOf(
      runOperation(client, { kind: 'aaveWithdraw', token: USD, amount: '1' }),
    )
    expect(error).toMatchObject({ code: 'validation/amount-exceeds-position', field: 'amount' })
    expect(h.calls('PUT', '/v1.2/safes/operations')).toEqual([])
  })
})

describe('Hyperliquid', () => {
  test('a deposit sends a number amount and moves the bridge asset; vault moves and a withdrawal follow', async () => {
    const client = h.client()
    const user = await signUpPasskeyUser(client)
    const deposit = await runOperation(
      client,
      { kind: 'hyperliquidDeposit', amount: '20.5' },
      { tracking },
    )
    expect(deposit.operation).toMatchObject({ action: 'DEPOSIT', amount: '20.5', asset: USD })
    expect(
      JSON.parse(h.calls('POST', '/v1.2/safes/operations')[0]?.body ?? '{}').operations,
    ).toEqual([
      { type: 'HYPERLIQUID_DEPOSIT', hyperliquidData: { action: 'DEPOSIT', amount: 20.5 } },
    ])
    expect(await balanceOf(client, user, 'USD-IBEX')).toBe('79.5')

    await runOperation(
      client,
      { kind: 'hyperliquidVault', action: 'enter', amount: '5' },
      { tracking },
    )
    expect(await positionsOf(client)).toEqual({ 'HYPERLIQUID:USD-IBEX': '5' })
    await runOperation(
      client,
      { kind: 'hyperliquidVault', action: 'withdraw', amount: '5' },
      { tracking },
    )
    const out = await runOperation(
      client,
      { kind: 'hyperliquidWithdraw', amount: '20.5' },
      { tracking },
    )
    expect(out.operation).toMatchObject({ action: 'WITHDRAW_WALLET', to: safeOf(user) })
    expect(await balanceOf(client, user, 'USD-IBEX')).toBe('100')
  })

  test('a deposit above the balance is refused before anything is prepared', async () => {
    const client = h.client()
    await signUpPasskeyUser(client)
    const error = await rejectionOf(
      runOperation(client, { kind: 'hyperliquidDeposit', amount: '100.5' }),
    )
    expect(error).toMatchObject({ code: 'validation/amount-exceeds-balance' })
    expect(h.calls('POST', '/v1.2/safes/operations')).toEqual([])
  })
})

describe('batches', () => {
  test('several operations run with one signature, amounts of one token summed', async () => {
    const sender = h.client()
    const receiver = h.client()
    const receiverUser = await signUpPasskeyUser(receiver)
    const senderUser = await signUpPasskeyUser(sender)
    const before = signatures()
    const result = await runBatch(
      sender,
      {
        operations: [
          { kind: 'transfer', token: EUR, to: safeOf(receiverUser), amount: '5' },
          { kind: 'aaveSupply', token: USD, amount: '10' },
          { kind: 'transfer', token: EUR, to: safeOf(receiverUser), amount: '2.5' },
        ],
      },
      { tracking },
    )
    expect(signatures() - before).toBe(1)
    expect(result.status).toBe('confirmed')
    expect(result.operations.map((operation) => operation.type)).toEqual([
      'TRANSFER_TOKEN',
      'AAVE_SUPPLY',
      'TRANSFER_TOKEN',
    ])
    expect(h.calls('PUT', '/v1.2/safes/operations/batch-execute')).toHaveLength(1)
    expect(h.calls('PUT', '/v1.2/safes/operations')).toEqual([])
    expect(await balanceOf(sender, senderUser, 'EUR-IBEX')).toBe('92.5')
    expect(await balanceOf(receiver, receiverUser, 'EUR-IBEX')).toBe('107.5')
    expect(await positionsOf(sender)).toEqual({ 'AAVE:USD-IBEX': '10' })
    const received = await transactionsOf(receiver)
    expect(
      received.filter((entry) => entry.transactionHash === result.transactionHash),
    ).toHaveLength(2)
  })

  test('a batch checks the sum per token, names the item, and refuses Hyperliquid', async () => {
    const client = h.client()
    await signUpPasskeyUser(client)
    const to = '0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045'
    const sum = await rejectionOf(
      runBatch(client, {
        operations: [
          { kind: 'transfer', token: EUR, to, amount: '60' },
          { kind: 'morphoDeposit', token: EUR, amount: '50' },
        ],
      }),
    )
    expect(sum).toMatchObject({
      code: 'validation/amount-exceeds-balance',
      field: 'operations[1].amount',
    })
    const named = await rejectionOf(
      runBatch(client, {
        operations: [
          { kind: 'transfer', token: EUR, to, amount: '1' },
          { kind: 'transfer', token: EUR, to: 'bob', amount: '1' },
        ],
      }),
    )
    expect(named).toMatchObject({ code: 'validation/address-invalid', field: 'operations[1].to' })
    const hyperliquid = await rejectionOf(
      runBatch(client, { operations: [{ kind: 'hyperliquidDeposit', amount: '1' }] }),
    )
    expect(hyperliquid).toMatchObject({
      code: 'validation/operation-not-batchable',
      field: 'operations[0].kind',
    })
    expect(h.calls('POST', '/v1.2/safes/operations/batch-intent')).toEqual([])
  })
})
