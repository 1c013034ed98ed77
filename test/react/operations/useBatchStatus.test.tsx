import { act, configure, waitFor } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { useBatch } from '../../../src/react/hooks/useBatch.ts'
import { useBatchStatus } from '../../../src/react/hooks/useBatchStatus.ts'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'
import { otherUser, safeOf, signUpAs, token } from './operationTestUsers.ts'

// Operations take a few round trips; a loaded machine needs more than the default second.
configure({ asyncUtilTimeout: 5_000 })

describe('useBatchStatus', () => {
  test('a batch whose tracking timed out is followed by its batchId to CONFIRMED', async () => {
    let clock = Date.now()
    const ibex = await createTestIbex({
      mock: { now: () => clock, operationConfirmDelayMs: 60_000 },
    })
    await signUpAs(ibex, 'passkey')
    const receiver = await otherUser()
    const { result } = renderHookWithIbex(() => {
      const batch = useBatch({ tracking: { intervalMs: 5, timeoutMs: 20 } })
      const status = useBatchStatus(
        batch.data?.status === 'pending' ? batch.data.batchId : undefined,
        { intervalMs: 10 },
      )
      return { batch, status }
    }, ibex)
    expect(result.current.status.fetchStatus).toBe('idle')

    await act(() =>
      result.current.batch.mutateAsync({
        operations: [
          { kind: 'transfer', token: token('EUR-IBEX'), to: safeOf(receiver.user), amount: '5' },
          { kind: 'morphoDeposit', token: token('USD-IBEX'), amount: '10' },
        ],
      }),
    )
    expect(result.current.batch.data).toMatchObject({ status: 'pending' })
    const { batchId, userOpHash, safeAddress } = result.current.batch.data ?? {}
    await waitFor(() => expect(result.current.status.data?.status).toBe('EXECUTED'))
    expect(result.current.status.data).toMatchObject({
      batchId,
      userOpHash,
      safeAddress,
      chainId: 421614,
      state: 'pending',
      operations: [
        { index: 0, type: 'TRANSFER_TOKEN' },
        { index: 1, type: expect.stringMatching(/^MORPHO_/) },
      ],
    })
    expect(ibex.requests()).toContain(`GET /v1.2/safes/operations/batch/${batchId}/status`)

    clock += 60_000
    await waitFor(() => expect(result.current.status.data?.state).toBe('confirmed'))
    expect(result.current.status.data?.status).toBe('CONFIRMED')
  })

  test('refusals: a batch that is not the user’s is http/not-found; no id, no request', async () => {
    const ibex = await createTestIbex()
    await signUpAs(ibex, 'passkey')
    ibex.clearRequests()
    const { result, rerender } = renderHookWithIbex(
      ({ batchId }: { batchId: string | undefined }) => useBatchStatus(batchId),
      ibex,
      { initialProps: { batchId: undefined as string | undefined } },
    )
    expect(result.current.fetchStatus).toBe('idle')
    rerender({ batchId: 'b-unknown' })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toMatchObject({ code: 'http/not-found', status: 404 })
    expect(ibex.requests()).toEqual(['GET /v1.2/safes/operations/batch/b-unknown/status'])
  })
})
