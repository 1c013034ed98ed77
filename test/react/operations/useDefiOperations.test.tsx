import { act, configure, waitFor } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { useAaveSupply } from '../../../src/react/hooks/useAaveSupply.ts'
import { useAaveWithdraw } from '../../../src/react/hooks/useAaveWithdraw.ts'
import { useHyperliquidDeposit } from '../../../src/react/hooks/useHyperliquidDeposit.ts'
import { useHyperliquidVault } from '../../../src/react/hooks/useHyperliquidVault.ts'
import { useHyperliquidWithdraw } from '../../../src/react/hooks/useHyperliquidWithdraw.ts'
import { useMorphoDeposit } from '../../../src/react/hooks/useMorphoDeposit.ts'
import { useMorphoWithdraw } from '../../../src/react/hooks/useMorphoWithdraw.ts'
import { usePositions } from '../../../src/react/hooks/usePositions.ts'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'
import { signUpAs, token } from './operationTestUsers.ts'

// Operations take a few round trips; a loaded machine needs more than the default second.
configure({ asyncUtilTimeout: 5_000 })

const tracking = { intervalMs: 10, timeoutMs: 5_000 }
const EUR = token('EUR-IBEX')
const USD = token('USD-IBEX')

function useDefi() {
  const positions = usePositions({ chainId: 421614 })
  return {
    held: (positions.data?.positions ?? [])
      .filter((position) => Number(position.balance) > 0)
      .map((position) => `${position.provider}:${position.token.symbol}:${position.balance}`)
      .sort(),
    aaveSupply: useAaveSupply({ tracking }),
    aaveWithdraw: useAaveWithdraw({ tracking }),
    morphoDeposit: useMorphoDeposit({ tracking }),
    morphoWithdraw: useMorphoWithdraw({ tracking }),
    hyperliquidDeposit: useHyperliquidDeposit({ tracking }),
    hyperliquidVault: useHyperliquidVault({ tracking }),
    hyperliquidWithdraw: useHyperliquidWithdraw({ tracking }),
  }
}

describe('Aave, Morpho and Hyperliquid hooks', () => {
  test('supplies show as positions (the cache refreshed by itself) and withdrawals remove them', async () => {
    const ibex = await createTestIbex({ mock: { operationConfirmDelayMs: 20 } })
    await signUpAs(ibex, 'passkey')
    const { result } = renderHookWithIbex(() => useDefi(), ibex)
    await waitFor(() => expect(result.current.held).toEqual([]))

    await act(() => result.current.aaveSupply.mutateAsync({ token: USD, amount: '25' }))
    await act(() => result.current.morphoDeposit.mutateAsync({ token: EUR, amount: '30' }))
    await waitFor(() =>
      expect(result.current.held).toEqual(['AAVE:USD-IBEX:25', 'MORPHO:EUR-IBEX:30']),
    )
    expect(result.current.aaveSupply.data?.operation).toMatchObject({
      type: 'AAVE_SUPPLY',
      value: 25_000_000_000_000_000_000n,
    })

    await act(() => result.current.aaveWithdraw.mutateAsync({ token: USD, amount: '25' }))
    await act(() => result.current.morphoWithdraw.mutateAsync({ token: EUR, amount: '30' }))
    await waitFor(() => expect(result.current.held).toEqual([]))
    expect(result.current.morphoWithdraw.stage).toBe('confirmed')
  })

  test('a Hyperliquid deposit, a vault round trip and a withdrawal', async () => {
    const ibex = await createTestIbex({ mock: { operationConfirmDelayMs: 20 } })
    await signUpAs(ibex, 'passkey')
    const { result } = renderHookWithIbex(() => useDefi(), ibex)

    await act(() => result.current.hyperliquidDeposit.mutateAsync({ amount: '40' }))
    expect(result.current.hyperliquidDeposit.data).toMatchObject({
      status: 'confirmed',
      operation: { action: 'DEPOSIT', amount: '40' },
    })
    await act(() => result.current.hyperliquidVault.mutateAsync({ action: 'enter', amount: '15' }))
    await waitFor(() => expect(result.current.held).toContain('HYPERLIQUID:USD-IBEX:15'))
    await act(() =>
      result.current.hyperliquidVault.mutateAsync({ action: 'withdraw', amount: '15' }),
    )
    await act(() => result.current.hyperliquidWithdraw.mutateAsync({ amount: '40' }))
    expect(result.current.hyperliquidWithdraw.stage).toBe('confirmed')
  })
})
