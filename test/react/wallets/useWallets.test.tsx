import { act, waitFor } from '@testing-library/react'
import { isAddress } from 'viem'
import { describe, expect, test } from 'vitest'
import { useAddGlobalWallets } from '../../../src/react/hooks/useAddGlobalWallets.ts'
import { useAddresses } from '../../../src/react/hooks/useAddresses.ts'
import { useAddSafeWallets } from '../../../src/react/hooks/useAddSafeWallets.ts'
import { useProvisionSafe } from '../../../src/react/hooks/useProvisionSafe.ts'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'
import { safeOf, signUpAs } from '../operations/operationTestUsers.ts'

function renderWallets(ibex: Awaited<ReturnType<typeof createTestIbex>>) {
  return renderHookWithIbex(
    () => ({
      global: useAddGlobalWallets(),
      perSafe: useAddSafeWallets(),
      provision: useProvisionSafe(),
      addresses: useAddresses({ includeDerived: true }),
    }),
    ibex,
  )
}

describe('more wallets', () => {
  test('global and per-Safe derived addresses, one derivation per ~5 s, at most 100 per family', async () => {
    const ibex = await createTestIbex()
    const user = await signUpAs(ibex, 'passkey')
    const { result } = renderWallets(ibex)
    const first = await act(() =>
      result.current.global.mutateAsync({
        add: [{ family: 'EVM', count: 2 }, { family: 'SOLANA' }],
      }),
    )
    expect(first.added.map(({ family, index }) => [family, index])).toEqual([
      ['EVM', 1],
      ['EVM', 2],
      ['SOLANA', 1],
    ])
    expect(
      first.added.every((wallet) => wallet.family !== 'EVM' || isAddress(wallet.address)),
    ).toBe(true)
    expect(first.indexed.EVM).toHaveLength(3)
    expect(first.indexed.EVM?.[0]).toBe(user.eoaAddresses?.find((e) => e.type === 'EVM')?.address)
    expect(first.limits).toEqual({
      maxIndexPerFamily: 100,
      maxCountPerRequest: 10,
      supportedFamilies: ['EVM', 'SOLANA', 'BITCOIN_P2WPKH'],
    })

    await expect(
      act(() => result.current.perSafe.mutateAsync({ add: [{ family: 'EVM' }] })),
    ).rejects.toMatchObject({
      code: 'http/rate-limited',
      status: 429,
      retryAfter: expect.any(Number),
    })
    await act(async () => {
      ibex.mock.advanceTime(5_000)
    })
    const perSafe = await act(() =>
      result.current.perSafe.mutateAsync({ add: [{ family: 'EVM', count: 3 }] }),
    )
    expect(perSafe).toMatchObject({ safeAddress: safeOf(user) })
    expect(perSafe.added.map((wallet) => wallet.index)).toEqual([0, 1, 2])
    await waitFor(() => {
      const wallet = result.current.addresses.data?.wallets.find(
        (w) => w.safeAddress === safeOf(user),
      )
      expect(wallet?.derived?.perSafe.EVM).toEqual(perSafe.indexed.EVM)
    })

    // 1 + 2 EVM so far; 9 more requests of 10 reach 93, the 10th would pass 100.
    for (let request = 0; request < 9; request += 1) {
      await act(async () => {
        ibex.mock.advanceTime(5_000)
      })
      await act(() => result.current.global.mutateAsync({ add: [{ family: 'EVM', count: 10 }] }))
    }
    await act(async () => {
      ibex.mock.advanceTime(5_000)
    })
    await expect(
      act(() => result.current.global.mutateAsync({ add: [{ family: 'EVM', count: 10 }] })),
    ).rejects.toMatchObject({
      code: 'http/bad-request',
      serverMessage: 'MAX_INDEX_PER_FAMILY exceeded for EVM',
    })
  })

  test("a signer without a master key is 409 NO_MASTER; a Safe not the signer's is 404; bad requests are refused before any request", async () => {
    const ibex = await createTestIbex()
    await signUpAs(ibex, 'pin')
    const { result } = renderWallets(ibex)
    await expect(
      act(() => result.current.global.mutateAsync({ add: [{ family: 'EVM' }] })),
    ).rejects.toMatchObject({ code: 'http/conflict', status: 409, serverCode: 'NO_MASTER' })
    await expect(
      act(() =>
        result.current.perSafe.mutateAsync({
          add: [{ family: 'EVM' }],
          safeAddress: '0x52908400098527886E0F7030069857D2E4169EE7',
        }),
      ),
    ).rejects.toMatchObject({ code: 'http/not-found', status: 404 })
    ibex.clearRequests()
    const refusals = [
      [{ add: [] }, 'validation/wallets-empty', 'add'],
      [{ add: [{ family: 'evm' }] }, 'validation/wallet-family-invalid', 'add[0].family'],
      [{ add: [{ family: 'EVM', count: 0 }] }, 'validation/wallet-count-invalid', 'add[0].count'],
      [{ add: [{ family: 'EVM', count: 1.5 }] }, 'validation/wallet-count-invalid', 'add[0].count'],
      [
        {
          add: [
            { family: 'EVM', count: 6 },
            { family: 'SOLANA', count: 5 },
          ],
        },
        'validation/wallet-count-invalid',
        'add',
      ],
    ] as const
    for (const [variables, code, field] of refusals) {
      await expect(act(() => result.current.global.mutateAsync(variables))).rejects.toMatchObject({
        name: 'IbexValidationError',
        code,
        field,
      })
    }
    await expect(
      act(() =>
        result.current.perSafe.mutateAsync({ add: [{ family: 'EVM' }], safeAddress: '0x12' }),
      ),
    ).rejects.toMatchObject({ code: 'validation/address-invalid', field: 'safeAddress' })
    await expect(
      act(() => result.current.provision.mutateAsync({ saltNonce: 1 })),
    ).rejects.toMatchObject({ code: 'validation/wallet-mode-unsupported' })
    expect(ibex.requests()).toEqual([])
  })

  test('an extra Safe: one passkey confirmation, the token used once, a salt used twice is 409', async () => {
    const ibex = await createTestIbex()
    await signUpAs(ibex, 'passkey')
    const { result } = renderWallets(ibex)
    await waitFor(() => expect(result.current.addresses.isSuccess).toBe(true))
    ibex.clearRequests()
    const safe = await act(() => result.current.provision.mutateAsync({ saltNonce: 1 }))
    expect(safe).toMatchObject({ chainId: 421614, saltNonce: '1', deploySaltNonce: '1' })
    expect(isAddress(safe.address)).toBe(true)
    expect(ibex.requests()).toEqual([
      'GET /v1.2/auth/sign-in',
      'POST /v1.2/auth/sign-in',
      'POST /v1.2/auth/sign-in/safe-provision',
      // The addresses are refetched after (useAddresses is mounted).
      'GET /v1.2/users/me/address',
    ])
    await waitFor(() =>
      expect(result.current.addresses.data?.wallets.map((w) => w.safeAddress)).toContain(
        safe.address,
      ),
    )
    await expect(
      act(() => result.current.provision.mutateAsync({ saltNonce: '1' })),
    ).rejects.toMatchObject({ code: 'http/conflict', status: 409 })
    await act(() => result.current.provision.mutateAsync({ saltNonce: '2', chainId: 100 }))
    await expect(
      act(() =>
        result.current.provision.mutateAsync({ saltNonce: 3, safeProvisionToken: 'spt_used' }),
      ),
    ).rejects.toMatchObject({ code: 'http/unauthorized', status: 401 })

    ibex.clearRequests()
    for (const saltNonce of [0, '01', 'one', -1, 1.5]) {
      await expect(
        act(() => result.current.provision.mutateAsync({ saltNonce })),
      ).rejects.toMatchObject({ code: 'validation/salt-nonce-invalid', field: 'saltNonce' })
    }
    expect(ibex.requests()).toEqual([])
  })
})
