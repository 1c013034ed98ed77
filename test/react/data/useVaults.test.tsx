import { waitFor } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { useVaults } from '../../../src/react/hooks/useVaults.ts'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'
import { signUpWithPasskey } from '../../utils/signUpWithPasskey.ts'

describe('useVaults', () => {
  test('default: the AAVE / MORPHO / HYPERLIQUID catalogue of every chain', async () => {
    const ibex = await createTestIbex()
    await signUpWithPasskey(ibex)
    const { result } = renderHookWithIbex(() => useVaults(), ibex)
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    const vaults = result.current.data ?? []
    expect(new Set(vaults.map((vault) => vault.provider))).toEqual(
      new Set(['AAVE', 'MORPHO', 'HYPERLIQUID']),
    )
    expect(new Set(vaults.map((vault) => vault.chainId))).toEqual(new Set([421614, 8453, 100]))
    expect(vaults.find((vault) => vault.name === 'Morpho Steakhouse USDC')).toEqual({
      id: expect.any(String),
      chainId: 8453,
      provider: 'MORPHO',
      address: expect.stringMatching(/^0x[0-9a-fA-F]{40}$/),
      name: 'Morpho Steakhouse USDC',
      asset: { symbol: 'USDC', address: expect.any(String), decimals: 6 },
      apy: expect.any(Number),
      tvl: expect.any(Number),
      isDefault: expect.any(Boolean),
      metadata: expect.objectContaining({ curator: expect.any(String) }),
      supplyToken: expect.objectContaining({ decimals: expect.any(Number) }),
    })
  })

  test('parameters: provider and chainId narrow the catalogue', async () => {
    const ibex = await createTestIbex()
    await signUpWithPasskey(ibex)
    const { result } = renderHookWithIbex(
      () => useVaults({ provider: 'AAVE', chainId: 421614 }),
      ibex,
    )
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data?.map((vault) => [vault.provider, vault.chainId])).toEqual([
      ['AAVE', 421614],
      ['AAVE', 421614],
    ])
    expect(result.current.queryKey[4]).toEqual({ provider: 'AAVE', chainId: 421614 })
  })
})
