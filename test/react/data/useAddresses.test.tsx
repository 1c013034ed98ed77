import { waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { getAddress } from 'viem'
import { describe, expect, test } from 'vitest'
import { useAddresses } from '../../../src/react/hooks/useAddresses.ts'
import { createTestIbex, server, TEST_BASE_URL } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'
import { signUpWithPasskey } from '../../utils/signUpWithPasskey.ts'

describe('useAddresses', () => {
  test('default: the Safes and their chains, without derived addresses', async () => {
    const ibex = await createTestIbex()
    const user = await signUpWithPasskey(ibex)
    ibex.clearRequests()
    const { result } = renderHookWithIbex(() => useAddresses(), ibex)
    await waitFor(() => expect(result.current.isSuccess).toBe(true))

    const safeOn = (chainId: number) => getAddress(String(user.safeAddresses[String(chainId)]))
    expect(result.current.data).toMatchObject({
      rpId: 'localhost',
      externalUserId: user.externalUserId,
      wallets: [421614, 100, 8453].map((chainId, index) => ({
        safeAddress: safeOn(chainId),
        chainIds: [chainId],
        primary: index === 0,
        threshold: 1,
        chains: [{ chainId, modules: {} }],
        derived: undefined,
      })),
    })
    expect(ibex.requests()).toEqual(['GET /v1.2/users/me/address'])
  })

  test('parameters: includeDerived adds the signer’s global EOAs', async () => {
    const ibex = await createTestIbex()
    const user = await signUpWithPasskey(ibex)
    const { result } = renderHookWithIbex(() => useAddresses({ includeDerived: true }), ibex)
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    const derived = result.current.data?.wallets[0]?.derived
    expect(derived?.perSafe).toEqual({})
    expect(derived?.eoaAddresses).toEqual(user.eoaAddresses)
    expect(result.current.queryKey[4]).toEqual({ includeDerived: true })
  })

  test('behavior: 204 (no wallet yet) reads as no wallet; modules are parsed', async () => {
    const ibex = await createTestIbex()
    await signUpWithPasskey(ibex)
    let answered = 0
    server.use(
      http.get(`${TEST_BASE_URL}/v1.2/users/me/address`, () => {
        answered += 1
        if (answered === 1) return new HttpResponse(null, { status: 204 })
        return HttpResponse.json({
          count: 1,
          wallets: [
            {
              safeAddress: '0xd676000000000000000000000000000000000001',
              chainIds: [100],
              chains: [
                {
                  chainId: 100,
                  modules: {
                    recovery: { enabled: true, moduleAddress: '0x' + 'ab'.repeat(20) },
                    automation: { enabled: true, percentage: 25, frequency: 'DAILY' },
                  },
                },
              ],
              primary: true,
            },
          ],
        })
      }),
    )
    const { result } = renderHookWithIbex(() => useAddresses(), ibex)
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data?.wallets).toEqual([])

    await result.current.refetch()
    await waitFor(() => expect(result.current.data?.wallets).toHaveLength(1))
    expect(result.current.data?.wallets[0]?.chains[0]?.modules).toEqual({
      recovery: { enabled: true, moduleAddress: getAddress('0x' + 'ab'.repeat(20)) },
      automation: { enabled: true, moduleAddress: undefined, percentage: 25, frequency: 'DAILY' },
    })
  })
})
