import { act } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { useBatch } from '../../../src/react/hooks/useBatch.ts'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'
import { latestTransaction, otherUser, safeOf, signUpAs, token } from './operationTestUsers.ts'

describe('useBatch', () => {
  test('several operations with one signature', async () => {
    const ibex = await createTestIbex({ mock: { operationConfirmDelayMs: 20 } })
    await signUpAs(ibex, 'passkey')
    const receiver = await otherUser()
    const counter = () => ibex.authenticator.credentials()[0]?.counter ?? 0
    const before = counter()
    const { result } = renderHookWithIbex(
      () => useBatch({ tracking: { intervalMs: 10, timeoutMs: 5_000 } }),
      ibex,
    )
    ibex.clearRequests()
    await act(() =>
      result.current.mutateAsync({
        operations: [
          { kind: 'transfer', token: token('EUR-IBEX'), to: safeOf(receiver.user), amount: '5' },
          { kind: 'morphoDeposit', token: token('USD-IBEX'), amount: '10' },
        ],
      }),
    )
    expect(result.current.stage).toBe('confirmed')
    expect(counter() - before).toBe(1)
    expect(ibex.requests()).toContain('PUT /v1.2/safes/operations/batch-execute')
    expect(ibex.requests()).not.toContain('PUT /v1.2/safes/operations')
    // Tracked by the batch route; the operation's own status is read once, for its hash.
    const batchId = result.current.data?.batchId ?? ''
    expect(ibex.requests()).toContain(`GET /v1.2/safes/operations/batch/${batchId}/status`)
    expect(
      ibex.requests().filter((line) => line.endsWith(`${result.current.data?.userOpHash}/status`)),
    ).toHaveLength(1)
    expect(result.current.data?.operations.map((operation) => operation.kind)).toEqual([
      'transfer',
      'morphoDeposit',
    ])
    expect(await latestTransaction(receiver.client)).toMatchObject({
      transactionHash: result.current.data?.transactionHash,
      direction: 'IN',
    })
  })
})
