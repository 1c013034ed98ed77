import { waitFor } from '@testing-library/react'
import { getAddress } from 'viem'
import { describe, expect, test } from 'vitest'
import { useOperations } from '../../../src/react/hooks/useOperations.ts'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'
import { signUpWithPasskey } from '../../utils/signUpWithPasskey.ts'
import { runPasskeyOperation } from './runPasskeyOperation.ts'

describe('useOperations', () => {
  test('default: the history over every Safe, newest first, with status', async () => {
    const ibex = await createTestIbex()
    const user = await signUpWithPasskey(ibex)
    const safe = getAddress(String(user.safeAddresses['421614']))
    const first = await runPasskeyOperation(ibex, safe, [
      { type: 'AAVE_SUPPLY', assetTicker: 'USD-IBEX', amount: '5' },
    ])
    const second = await runPasskeyOperation(ibex, safe, [
      { type: 'AAVE_SUPPLY', assetTicker: 'EUR-IBEX', amount: '1' },
      { type: 'AAVE_SUPPLY', assetTicker: 'USD-IBEX', amount: '2' },
    ])
    ibex.clearRequests()

    const { result } = renderHookWithIbex(() => useOperations(), ibex)
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    const operations = result.current.data ?? []
    expect(operations.map((op) => [op.userOpHash, op.index, op.type])).toEqual([
      [second.userOpHash, 0, 'AAVE_SUPPLY'],
      [second.userOpHash, 1, 'AAVE_SUPPLY'],
      [first.userOpHash, 0, 'AAVE_SUPPLY'],
    ])
    expect(operations[0]).toMatchObject({
      safeAddress: safe,
      status: expect.stringMatching(/^(EXECUTED|CONFIRMED)$/),
      transactionHash: expect.stringMatching(/^0x[0-9a-f]{64}$/i),
      error: undefined,
      data: expect.objectContaining({ assetTicker: 'EUR-IBEX' }),
    })
    expect(ibex.requests()).toEqual(['GET /v1.2/users/me/operations'])
  })

  test('parameters: status, limit and offset reach IBEx and the key', async () => {
    const ibex = await createTestIbex()
    const user = await signUpWithPasskey(ibex)
    const safe = getAddress(String(user.safeAddresses['421614']))
    await runPasskeyOperation(ibex, safe, [
      { type: 'AAVE_SUPPLY', assetTicker: 'USD-IBEX', amount: '5' },
    ])
    const { result } = renderHookWithIbex(
      () => ({
        failed: useOperations({ status: 'FAILED' }),
        page: useOperations({ limit: 1, offset: 1 }),
      }),
      ibex,
    )
    await waitFor(() => {
      expect(result.current.failed.isSuccess).toBe(true)
      expect(result.current.page.isSuccess).toBe(true)
    })
    expect(result.current.failed.data).toEqual([])
    expect(result.current.page.data).toEqual([])
    expect(result.current.page.queryKey[4]).toEqual({ limit: 1, offset: 1 })
  })
})
