import { waitFor } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { useChainModule } from '../../../src/react/hooks/useChainModule.ts'
import { useChains } from '../../../src/react/hooks/useChains.ts'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'
import { signUpWithPasskey } from '../../utils/signUpWithPasskey.ts'

describe('useChains', () => {
  test('default: the active chains with explorers and modules', async () => {
    const ibex = await createTestIbex()
    await signUpWithPasskey(ibex)
    ibex.clearRequests()
    const { result } = renderHookWithIbex(() => useChains(), ibex)
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data?.map((chain) => chain.id)).toEqual([
      421614, 100, 8453, 11155111, 42161, 1,
    ])
    expect(result.current.data?.[0]).toEqual({
      id: 421614,
      name: 'Arbitrum Sepolia',
      icon: expect.stringMatching(/^https:/),
      explorerAddress: 'https://sepolia.arbiscan.io/address/',
      explorerTx: 'https://sepolia.arbiscan.io/tx/',
      modules: { billing: true, cowswap: true, recovery: true, automation: true },
    })
    expect(ibex.requests()).toEqual(['GET /v1.2/chains/'])
  })
})

describe('useChainModule', () => {
  test('default: gates a feature by the session chain’s module, from the shared chains query', async () => {
    const ibex = await createTestIbex()
    await signUpWithPasskey(ibex)
    ibex.clearRequests()
    const { result } = renderHookWithIbex(
      () => ({
        automation: useChainModule('automation'),
        gnosisAutomation: useChainModule('automation', { chainId: 100 }),
        baseRecovery: useChainModule('recovery', { chainId: 8453 }),
        unknownChain: useChainModule('cowswap', { chainId: 5 }),
        chains: useChains(),
      }),
      ibex,
    )
    await waitFor(() => expect(result.current.chains.isSuccess).toBe(true))
    expect(result.current.automation.data).toBe(true)
    expect(result.current.gnosisAutomation.data).toBe(false)
    expect(result.current.baseRecovery.data).toBe(false)
    expect(result.current.unknownChain.data).toBe(false)
    expect(result.current.automation.queryKey).toEqual(result.current.chains.queryKey)
    expect(ibex.requests()).toEqual(['GET /v1.2/chains/'])
  })
})
