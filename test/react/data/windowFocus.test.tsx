import { focusManager } from '@tanstack/react-query'
import { act, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, test } from 'vitest'
import { useBalances } from '../../../src/react/hooks/useBalances.ts'
import { useChains } from '../../../src/react/hooks/useChains.ts'
import { useVaults } from '../../../src/react/hooks/useVaults.ts'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'
import { signUpWithPasskey } from '../../utils/signUpWithPasskey.ts'

afterEach(() => focusManager.setFocused(undefined))

describe('window focus', () => {
  test('behavior: only stale live data refetches on focus, once per resource', async () => {
    const ibex = await createTestIbex()
    await signUpWithPasskey(ibex)
    ibex.clearRequests()
    const { result } = renderHookWithIbex(
      () => ({
        // Stale at once, to see what a focus does after the stale time.
        balances: [1, 2, 3].map(() => useBalances({ query: { staleTime: 0 } })),
        chains: useChains({ query: { staleTime: 0 } }),
        vaults: useVaults(),
      }),
      ibex,
    )
    await waitFor(() => {
      expect(result.current.balances.every((query) => query.isSuccess)).toBe(true)
      expect(result.current.chains.isSuccess).toBe(true)
      expect(result.current.vaults.isSuccess).toBe(true)
    })
    expect(ibex.requests().sort()).toEqual(
      ['GET /v1.2/chains/', 'GET /v1.2/safes/vaults', 'GET /v1.2/users/me/balances'].sort(),
    )
    ibex.clearRequests()

    act(() => {
      focusManager.setFocused(false)
      focusManager.setFocused(true)
    })
    await waitFor(() => expect(ibex.requests()).toEqual(['GET /v1.2/users/me/balances']))
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(ibex.requests()).toEqual(['GET /v1.2/users/me/balances'])
  })
})
