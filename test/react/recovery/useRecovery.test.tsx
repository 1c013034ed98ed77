import { act, configure, waitFor } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { useCancelRecovery } from '../../../src/react/hooks/useCancelRecovery.ts'
import { useEnableRecovery } from '../../../src/react/hooks/useEnableRecovery.ts'
import { useRecoveryStatus } from '../../../src/react/hooks/useRecoveryStatus.ts'
import { useUserChains } from '../../../src/react/hooks/useUserChains.ts'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'
import { safeOf, signUpAs } from '../operations/operationTestUsers.ts'

// Operations take a few round trips; a loaded machine needs more than the default second.
configure({ asyncUtilTimeout: 5_000 })

const tracking = { intervalMs: 10, timeoutMs: 5_000 }
const ADA = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  birthDate: '1815-12-10',
  birthCity: 'London',
  birthCountry: 'GB',
}

function renderRecovery(ibex: Awaited<ReturnType<typeof createTestIbex>>) {
  return renderHookWithIbex(
    () => ({
      status: useRecoveryStatus({ pendingIntervalMs: 20 }),
      chains: useUserChains({
        query: { select: ({ chains }) => chains.find((c) => c.chainId === 421614)?.modules },
      }),
      enable: useEnableRecovery({ tracking }),
      cancel: useCancelRecovery({ tracking }),
    }),
    ibex,
  )
}

describe('recovery', () => {
  test('off, enabled once the operation is confirmed, refused a second time (409), then cancelled', async () => {
    const ibex = await createTestIbex({ mock: { operationConfirmDelayMs: 30 } })
    const user = await signUpAs(ibex, 'passkey')
    const { result } = renderRecovery(ibex)
    await waitFor(() =>
      expect(result.current.status.data).toMatchObject({
        safeAddress: safeOf(user),
        recoveryEnabled: false,
        recoveryAddress: undefined,
        pending: [],
        executed: [],
      }),
    )
    await waitFor(() => expect(result.current.chains.data?.recovery).toBe('disabled'))

    const enabled = await act(() =>
      result.current.enable.mutateAsync({ ...ADA, firstName: '  Ada ' }),
    )
    expect(enabled).toMatchObject({
      status: 'confirmed',
      operation: { kind: 'enableRecovery', type: 'ENABLE_RECOVERY' },
    })
    await waitFor(() =>
      expect(result.current.status.data).toMatchObject({
        recoveryEnabled: true,
        pending: [],
        executed: [{ userOpHash: enabled.userOpHash, status: 'EXECUTED' }],
        userOpHash: enabled.userOpHash,
      }),
    )
    expect(result.current.status.data?.delay).toBeGreaterThan(0)
    await waitFor(() => expect(result.current.chains.data?.recovery).toBe('enabled'))
    // The identity went as typed, trimmed.
    const history = (await ibex.client.request({ path: '/v1.2/users/me/operations' })) as {
      data: Record<string, { type: string; data: Record<string, unknown> }[]>
    }
    expect(history.data[safeOf(user)]?.[0]).toMatchObject({
      type: 'ENABLE_RECOVERY',
      data: { firstName: 'Ada', birthCountry: 'GB' },
    })

    await expect(act(() => result.current.enable.mutateAsync(ADA))).rejects.toMatchObject({
      name: 'IbexHttpError',
      code: 'http/conflict',
      status: 409,
    })

    await act(() => result.current.cancel.mutateAsync({}))
    await waitFor(() =>
      expect(result.current.status.data).toMatchObject({ recoveryEnabled: false, pending: [] }),
    )
    expect(result.current.status.data?.executed).toHaveLength(2)
  })

  test('the status lists the operation as pending until it is confirmed', async () => {
    const ibex = await createTestIbex({ mock: { operationConfirmDelayMs: 60_000 } })
    await signUpAs(ibex, 'passkey')
    const { result } = renderHookWithIbex(
      () => ({
        status: useRecoveryStatus({ pendingIntervalMs: 20 }),
        enable: useEnableRecovery({ tracking: { intervalMs: 10, timeoutMs: 50 } }),
      }),
      ibex,
    )
    await waitFor(() => expect(result.current.status.data?.recoveryEnabled).toBe(false))
    const outcome = await act(() => result.current.enable.mutateAsync(ADA))
    expect(outcome.status).toBe('pending')
    await waitFor(() =>
      expect(result.current.status.data).toMatchObject({
        recoveryEnabled: false,
        pending: [{ userOpHash: outcome.userOpHash, status: 'SIGNED' }],
      }),
    )
    // A second enable while the first is under way is the same conflict.
    await expect(act(() => result.current.enable.mutateAsync(ADA))).rejects.toMatchObject({
      code: 'http/conflict',
    })
    await act(async () => {
      ibex.mock.advanceTime(60_000)
    })
    await waitFor(() =>
      expect(result.current.status.data).toMatchObject({ recoveryEnabled: true, pending: [] }),
    )
  })

  test('identity fields are checked before any request; cancelling recovery that is off is a 400', async () => {
    const ibex = await createTestIbex()
    await signUpAs(ibex, 'passkey')
    const { result } = renderHookWithIbex(
      () => ({ enable: useEnableRecovery({ tracking }), cancel: useCancelRecovery({ tracking }) }),
      ibex,
    )
    ibex.clearRequests()
    const refusals = [
      [{ ...ADA, firstName: ' ' }, 'validation/identity-missing', 'firstName'],
      [{ ...ADA, lastName: undefined }, 'validation/identity-missing', 'lastName'],
      [{ ...ADA, birthCity: 'x'.repeat(101) }, 'validation/identity-too-long', 'birthCity'],
      [{ ...ADA, birthCountry: '' }, 'validation/identity-missing', 'birthCountry'],
      [{ ...ADA, birthDate: '10/12/1815' }, 'validation/birth-date-invalid', 'birthDate'],
      [{ ...ADA, birthDate: '1815-02-30' }, 'validation/birth-date-invalid', 'birthDate'],
      [{ ...ADA, birthDate: '2999-01-01' }, 'validation/birth-date-future', 'birthDate'],
    ] as const
    for (const [variables, code, field] of refusals) {
      await expect(
        // Runtime input as an app might pass it, type holes included.
        act(() => result.current.enable.mutateAsync(variables as typeof ADA)),
      ).rejects.toMatchObject({ name: 'IbexValidationError', code, field })
    }
    expect(ibex.requests()).toEqual([])

    await expect(act(() => result.current.cancel.mutateAsync({}))).rejects.toMatchObject({
      code: 'http/bad-request',
      status: 400,
    })
    expect(ibex.requests()).toEqual(['POST /v1.2/safes/operations'])
  })
})
