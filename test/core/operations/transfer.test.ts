import { describe, expect, test } from 'vitest'
import { runOperation } from '../../../src/core/operations/runOperation.ts'
import type { OperationStage } from '../../../src/core/operations/OperationStage.ts'
import { ceremonyHarness, rejectionOf } from '../ceremonies/ceremonyHarness.ts'
import { balanceOf, safeOf, signUpPasskeyUser, token, transactionsOf } from './operationUsers.ts'

const h = ceremonyHarness({ operationConfirmDelayMs: 30 })
const tracking = { intervalMs: 10, timeoutMs: 5_000 }

function stageRecorder() {
  const stages: OperationStage[] = []
  return { stages, onStage: (stage: OperationStage) => stages.push(stage) }
}

describe('runOperation: transfer', () => {
  test('a passkey transfer between two users moves both balances and shows in both histories', async () => {
    const sender = h.client()
    const receiver = h.client()
    const senderUser = await signUpPasskeyUser(sender)
    const receiverUser = await signUpPasskeyUser(receiver)
    const recorder = stageRecorder()
    h.requests.length = 0

    const result = await runOperation(
      sender,
      { kind: 'transfer', token: token('EUR-IBEX'), to: safeOf(receiverUser), amount: '12.50' },
      { tracking, onStage: recorder.onStage },
    )

    expect(recorder.stages).toEqual([
      'validating',
      'preparing',
      'signing',
      'executing',
      'pending',
      'confirmed',
    ])
    expect(result).toMatchObject({
      status: 'confirmed',
      safeAddress: safeOf(senderUser),
      chainId: 421614,
      ibexStatus: 'CONFIRMED',
      operation: {
        kind: 'transfer',
        amount: '12.5',
        value: 12_500_000_000_000_000_000n,
        decimals: 18,
        to: safeOf(receiverUser),
        symbol: 'EUR-IBEX',
      },
    })
    expect(result.transactionHash).toMatch(/^0x[0-9a-f]{64}$/)
    expect(h.calls('PUT', '/v1.2/safes/operations')).toHaveLength(1)
    expect(JSON.parse(h.calls('POST', '/v1.2/safes/operations')[0]?.body ?? '{}')).toMatchObject({
      chainId: 421614,
      operations: [{ type: 'TRANSFER_TOKEN', amount: '12.5', decimals: 18 }],
    })

    expect(await balanceOf(sender, senderUser, 'EUR-IBEX')).toBe('87.5')
    expect(await balanceOf(receiver, receiverUser, 'EUR-IBEX')).toBe('112.5')
    const [sent] = await transactionsOf(sender)
    const [received] = await transactionsOf(receiver)
    expect(sent).toMatchObject({ transactionHash: result.transactionHash, direction: 'OUT' })
    expect(received).toMatchObject({ transactionHash: result.transactionHash, direction: 'IN' })
  })

  test('the native coin is sent with the 0xEeee… sentinel', async () => {
    const client = h.client()
    const user = await signUpPasskeyUser(client)
    const other = await signUpPasskeyUser(h.client())
    const result = await runOperation(
      client,
      { kind: 'transfer', token: 'native', to: safeOf(other), amount: '0.004' },
      { tracking },
    )
    expect(result.operation).toMatchObject({
      native: true,
      token: '0xEeeeeEeeeEeEeeEeEeEeeEEEeeeeEeeeeeeeEEeE',
      value: 4_000_000_000_000_000n,
    })
    expect(await balanceOf(client, user, 'ETH')).toBe('0.006')
  })

  test.each([
    [{ to: '0x1234' }, 'to', 'validation/address-invalid'],
    [
      { to: '0xD8dA6BF26964aF9D7eEd9e03E53415D37aA96045'.replace('D8d', 'd8D') },
      'to',
      'validation/address-checksum',
    ],
    [{ to: '0x0000000000000000000000000000000000000000' }, 'to', 'validation/address-invalid'],
    [{ amount: '1e3' }, 'amount', 'validation/amount-exponent'],
    [{ amount: '-1' }, 'amount', 'validation/amount-not-positive'],
    [{ amount: '0.000' }, 'amount', 'validation/amount-not-positive'],
    [{ amount: '1,5' }, 'amount', 'validation/amount-malformed'],
    [{ amount: 5 }, 'amount', 'validation/amount-malformed'],
    [{ token: 'EUR' }, 'token', 'validation/address-invalid'],
  ])('%o is refused on %s before any request', async (change, field, code) => {
    const client = h.client()
    await signUpPasskeyUser(client)
    h.requests.length = 0
    const recorder = stageRecorder()
    const input = {
      kind: 'transfer' as const,
      token: token('EUR-IBEX'),
      to: '0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045',
      amount: '1',
      ...change,
    }
    const error = await rejectionOf(
      // @ts-expect-error -- wrong types on purpose: the checks run on what a form may send
      runOperation(client, input, { onStage: recorder.onStage }),
    )
    expect(error).toMatchObject({ name: 'IbexValidationError', code, field })
    expect(recorder.stages).toEqual(['validating', 'failed'])
    expect(h.requests).toEqual([])
  })

  test('too many decimals and more than the balance are refused before anything is prepared', async () => {
    const client = h.client()
    await signUpPasskeyUser(client)
    const to = '0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045'
    const btc = token('BTC-IBEX')
    h.requests.length = 0

    const precise = await rejectionOf(
      runOperation(client, { kind: 'transfer', token: btc, to, amount: '0.123456789' }),
    )
    expect(precise).toMatchObject({ code: 'validation/amount-too-precise', field: 'amount' })
    const tooMuch = await rejectionOf(
      runOperation(client, { kind: 'transfer', token: token('EUR-IBEX'), to, amount: '100.01' }),
    )
    expect(tooMuch).toMatchObject({
      code: 'validation/amount-exceeds-balance',
      field: 'amount',
      shortMessage: 'Not enough EUR-IBEX: 100 available.',
    })
    expect(h.calls('POST', '/v1.2/safes/operations')).toEqual([])
    expect(h.calls('GET', '/v1.2/users/me/balances')).toHaveLength(2)
  })
})
