import { act, configure, waitFor } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { flattenBalances } from '../../../src/core/parse/flattenBalances.ts'
import { useBalances } from '../../../src/react/hooks/useBalances.ts'
import { useOperationStatus } from '../../../src/react/hooks/useOperationStatus.ts'
import { useTransfer } from '../../../src/react/hooks/useTransfer.ts'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'
import { otherUser, safeOf, signUpAs, token } from './operationTestUsers.ts'

// Operations take a few round trips; a loaded machine needs more than the default second.
configure({ asyncUtilTimeout: 5_000 })

describe('useOperationStatus', () => {
  test('a transfer whose tracking timed out is followed to CONFIRMED, which refreshes balances', async () => {
    let clock = Date.now()
    const ibex = await createTestIbex({
      mock: { now: () => clock, operationConfirmDelayMs: 60_000 },
    })
    await signUpAs(ibex, 'passkey')
    const receiver = await otherUser()
    const { result } = renderHookWithIbex(() => {
      const transfer = useTransfer({ tracking: { intervalMs: 5, timeoutMs: 20 } })
      const status = useOperationStatus(
        transfer.data?.status === 'pending' ? transfer.data.userOpHash : undefined,
        { intervalMs: 10 },
      )
      const balances = useBalances({ chainId: 421614, query: { select: flattenBalances } })
      const eur = balances.data?.find((row) => row.token.symbol === 'EUR-IBEX')?.balance
      return { transfer, status, eur }
    }, ibex)
    await waitFor(() => expect(result.current.eur).toBe('100'))
    expect(result.current.status.fetchStatus).toBe('idle')

    await act(() =>
      result.current.transfer.mutateAsync({
        token: token('EUR-IBEX'),
        to: safeOf(receiver.user),
        amount: '10',
      }),
    )
    expect(result.current.transfer).toMatchObject({ stage: 'pending', data: { status: 'pending' } })
    await waitFor(() => expect(result.current.status.data?.status).toBe('EXECUTED'))

    clock += 60_000
    await waitFor(() => expect(result.current.status.data?.state).toBe('confirmed'))
    expect(result.current.status.data?.transactionHash).toMatch(/^0x[0-9a-f]{64}$/)
    await waitFor(() => expect(result.current.eur).toBe('90'))
  })
})
