import { act, configure, waitFor } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { flattenBalances } from '../../../src/core/parse/flattenBalances.ts'
import { useBalances } from '../../../src/react/hooks/useBalances.ts'
import { useTransfer } from '../../../src/react/hooks/useTransfer.ts'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'
import { latestTransaction, otherUser, PIN, safeOf, signUpAs, token } from './operationTestUsers.ts'

// Operations take a few round trips; a loaded machine needs more than the default second.
configure({ asyncUtilTimeout: 5_000 })

const tracking = { intervalMs: 10, timeoutMs: 5_000 }
const EUR = token('EUR-IBEX')

function eurOf(rows: ReturnType<typeof flattenBalances> | undefined) {
  return rows?.find((row) => row.token.symbol === 'EUR-IBEX')?.balance
}

describe('useTransfer', () => {
  test('a transfer between two users: stages, both balances, both histories, the cache refreshed', async () => {
    const ibex = await createTestIbex({ mock: { operationConfirmDelayMs: 20 } })
    await signUpAs(ibex, 'passkey')
    const receiver = await otherUser()
    const stages: string[] = []
    const { result } = renderHookWithIbex(() => {
      const transfer = useTransfer({ tracking })
      if (stages.at(-1) !== transfer.stage) stages.push(transfer.stage)
      const balances = useBalances({ chainId: 421614, query: { select: flattenBalances } })
      return { transfer, balances }
    }, ibex)
    await waitFor(() => expect(eurOf(result.current.balances.data)).toBe('100'))

    // Outside act, so each stage renders as it comes.
    act(() =>
      result.current.transfer.mutate({ token: EUR, to: safeOf(receiver.user), amount: '12.5' }),
    )
    await waitFor(() => expect(result.current.transfer.stage).toBe('confirmed'))

    // Renders may merge quick stages; what shows is in order, from idle to confirmed.
    const order = [
      'idle',
      'validating',
      'preparing',
      'signing',
      'executing',
      'pending',
      'confirmed',
    ]
    expect(stages).toEqual(order.filter((stage) => stages.includes(stage)))
    expect([stages[0], stages.at(-1)]).toEqual(['idle', 'confirmed'])
    expect(stages).toContain('signing')
    const data = result.current.transfer.data
    expect(data).toMatchObject({
      status: 'confirmed',
      operation: { amount: '12.5', value: 12_500_000_000_000_000_000n, to: safeOf(receiver.user) },
    })
    // The confirmed transfer invalidated the balances on screen: no manual refetch.
    await waitFor(() => expect(eurOf(result.current.balances.data)).toBe('87.5'))
    expect(await latestTransaction(ibex.client)).toMatchObject({
      transactionHash: data?.transactionHash,
      direction: 'OUT',
    })
    expect(await latestTransaction(receiver.client)).toMatchObject({
      transactionHash: data?.transactionHash,
      direction: 'IN',
    })
  })

  test('invalid address, too many decimals and more than the balance are refused on their field', async () => {
    const ibex = await createTestIbex()
    await signUpAs(ibex, 'passkey')
    const { result } = renderHookWithIbex(() => useTransfer(), ibex)
    const to = '0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045'
    ibex.clearRequests()

    await act(() =>
      result.current.mutateAsync({ token: EUR, to: '0xd8da6bf2', amount: '1' }).catch(() => {}),
    )
    expect(result.current).toMatchObject({
      stage: 'failed',
      error: { code: 'validation/address-invalid', field: 'to' },
    })
    expect(ibex.requests()).toEqual([])

    await act(() =>
      result.current
        .mutateAsync({ token: EUR, to, amount: '1.0000000000000000001' })
        .catch(() => {}),
    )
    expect(result.current.error).toMatchObject({
      code: 'validation/amount-too-precise',
      field: 'amount',
    })
    await act(() => result.current.mutateAsync({ token: EUR, to, amount: '250' }).catch(() => {}))
    expect(result.current.error).toMatchObject({
      code: 'validation/amount-exceeds-balance',
      field: 'amount',
    })
    expect(ibex.requests()).toEqual(['GET /v1.2/users/me/balances', 'GET /v1.2/users/me/balances'])
  })

  test('a closed passkey prompt fails the attempt and sends nothing more; a double submit is refused', async () => {
    const ibex = await createTestIbex({ mock: { operationConfirmDelayMs: 20 } })
    await signUpAs(ibex, 'passkey')
    const receiver = await otherUser()
    const to = safeOf(receiver.user)
    const { result } = renderHookWithIbex(() => useTransfer({ tracking }), ibex)
    ibex.clearRequests()

    ibex.authenticator.failNext('NotAllowedError')
    await act(() => result.current.mutateAsync({ token: EUR, to, amount: '1' }).catch(() => {}))
    expect(result.current).toMatchObject({ stage: 'failed', error: { code: 'webauthn/cancelled' } })
    expect(ibex.requests()).not.toContain('PUT /v1.2/safes/operations')

    let second: unknown
    await act(async () => {
      const first = result.current.mutateAsync({ token: EUR, to, amount: '1' })
      second = await result.current.mutateAsync({ token: EUR, to, amount: '2' }).catch((e) => e)
      await first
    })
    expect(second).toMatchObject({ name: 'IbexSessionError', code: 'session/busy' })
    expect(result.current).toMatchObject({
      stage: 'confirmed',
      data: { operation: { amount: '1' } },
    })
    expect(ibex.requests().filter((r) => r === 'PUT /v1.2/safes/operations')).toHaveLength(1)
  })

  test('a PIN user transfers with the PIN asked again, which never reaches the mutation cache', async () => {
    const ibex = await createTestIbex({ mock: { operationConfirmDelayMs: 20 } })
    await signUpAs(ibex, 'pin')
    const receiver = await otherUser()
    const seen: unknown[] = []
    const { result } = renderHookWithIbex(
      () =>
        useTransfer({ tracking, mutation: { onMutate: (variables) => void seen.push(variables) } }),
      ibex,
    )
    await act(() =>
      result.current.mutateAsync({ token: EUR, to: safeOf(receiver.user), amount: '3', pin: PIN }),
    )
    expect(result.current.stage).toBe('confirmed')
    const cached = ibex.queryClient
      .getMutationCache()
      .getAll()
      .map((m) => m.state.variables)
    expect(JSON.stringify([cached, seen, result.current.variables])).not.toContain(PIN)
    expect(result.current.variables).toEqual({ token: EUR, to: safeOf(receiver.user), amount: '3' })
  })
})
