import { waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { useSigners } from '../../../src/react/hooks/useSigners.ts'
import { useUserChains } from '../../../src/react/hooks/useUserChains.ts'
import { createTestIbex, server, TEST_BASE_URL } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'
import { signUpWithPasskey } from '../../utils/signUpWithPasskey.ts'

describe('useSigners', () => {
  test('default: the passkey signer with its wallet mode and Safe count', async () => {
    const ibex = await createTestIbex()
    await signUpWithPasskey(ibex)
    ibex.clearRequests()
    const { result } = renderHookWithIbex(() => useSigners(), ibex)
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data).toEqual([
      {
        id: expect.any(String),
        type: 'PASSKEY',
        typeDescription: 'WebAuthn passkey credential',
        walletMode: 'SAFE_4337',
        keyName: expect.any(String),
        keyDisplayName: expect.any(String),
        createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        safesCount: 3,
      },
    ])
    expect(ibex.requests()).toEqual(['GET /v1.2/users/me/signers'])
  })

  test('behavior: idle while signed out; a body without signers is a typed response error', async () => {
    const ibex = await createTestIbex()
    const idle = renderHookWithIbex(() => useSigners(), ibex)
    expect(idle.result.current.fetchStatus).toBe('idle')
    expect(ibex.requests()).toEqual([])
    idle.unmount()

    await signUpWithPasskey(ibex)
    server.use(
      http.get(`${TEST_BASE_URL}/v1.2/users/me/signers`, () =>
        HttpResponse.json({ count: 1, signers: [{ type: 'PASSKEY' }] }),
      ),
    )
    const { result } = renderHookWithIbex(() => useSigners(), ibex)
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toMatchObject({
      code: 'response/invalid-shape',
      field: 'signers.0.id',
    })
  })
})

describe('useUserChains', () => {
  test('default: every active chain with module states and the user’s wallets', async () => {
    const ibex = await createTestIbex()
    const user = await signUpWithPasskey(ibex)
    ibex.clearRequests()
    const { result } = renderHookWithIbex(() => useUserChains(), ibex)
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    const data = result.current.data
    expect(data?.defaultChainId).toBe(421614)
    const arb = data?.chains.find((chain) => chain.chainId === 421614)
    expect(arb).toEqual({
      chainId: 421614,
      chainName: 'Arbitrum Sepolia',
      modules: { recovery: 'disabled', automation: 'disabled', multisig: 'unavailable' },
      wallets: [user.safeAddresses['421614']],
    })
    expect(data?.chains.find((chain) => chain.chainId === 8453)?.modules.recovery).toBe(
      'unavailable',
    )
    expect(ibex.requests()).toEqual(['GET /v1.2/users/me/chainid'])
  })

  test('behavior: IBEx’s true / false / "N/A" flags, an unlisted module and string chain ids', async () => {
    const ibex = await createTestIbex()
    await signUpWithPasskey(ibex)
    server.use(
      http.get(`${TEST_BASE_URL}/v1.2/users/me/chainid`, () =>
        HttpResponse.json({
          defaultChainId: '100',
          chains: [
            { chainId: '100', chainName: 'Gnosis', modules: { recovery: true, automation: 'N/A' } },
          ],
        }),
      ),
    )
    const { result } = renderHookWithIbex(
      () => useUserChains({ query: { select: (chains) => chains.chains[0] } }),
      ibex,
    )
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data).toEqual({
      chainId: 100,
      chainName: 'Gnosis',
      modules: { recovery: 'enabled', automation: 'unavailable', multisig: 'unavailable' },
      wallets: [],
    })
  })
})
