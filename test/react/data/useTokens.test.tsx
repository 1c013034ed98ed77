import { waitFor } from '@testing-library/react'
import { getAddress } from 'viem'
import { describe, expect, test } from 'vitest'
import { useTokens } from '../../../src/react/hooks/useTokens.ts'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'
import { signUpWithPasskey } from '../../utils/signUpWithPasskey.ts'

describe('useTokens', () => {
  test('default: the user’s tokens, flat over the per-chain groups', async () => {
    const ibex = await createTestIbex()
    const user = await signUpWithPasskey(ibex)
    await ibex.fund(String(user.safeAddresses['100']), '1', 'EURe', { chainId: 100 })
    ibex.clearRequests()
    const { result } = renderHookWithIbex(() => useTokens(), ibex)
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data?.map((token) => [token.chainId, token.symbol])).toEqual([
      [421614, 'EUR-IBEX'],
      [421614, 'USD-IBEX'],
      [421614, 'ETH'],
      [100, 'EURe'],
    ])
    expect(result.current.data?.[3]).toEqual({
      chainId: 100,
      address: getAddress('0x420ca0f9b9b604ce0fd9c18ef134c705e5fa3430'),
      secondaryAddress: expect.any(String),
      symbol: 'EURe',
      name: 'Monerium EURe',
      decimals: 18,
      type: 'STABLECOIN_EUR',
      active: true,
      iconUrl: undefined,
    })
    expect(ibex.requests()).toEqual(['GET /v1.2/users/me/tokens'])
  })

  test('parameters: the catalogue of one chain (a flat list from IBEx)', async () => {
    const ibex = await createTestIbex()
    await signUpWithPasskey(ibex)
    ibex.clearRequests()
    const { result } = renderHookWithIbex(
      () => useTokens({ source: 'catalogue', chainId: 421614 }),
      ibex,
    )
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    const tokens = result.current.data ?? []
    expect(tokens).toHaveLength(11)
    expect(new Set(tokens.map((token) => token.chainId))).toEqual(new Set([421614]))
    expect(tokens.find((token) => token.symbol === 'BTC-IBEX')?.decimals).toBe(8)
    expect(ibex.requests()).toEqual(['GET /v1.2/chain/tokens'])
    expect(result.current.queryKey[4]).toEqual({ source: 'catalogue', chainId: 421614 })
  })
})
