import { act, waitFor } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import type { IbexStorageAdapter } from '../../../src/core/storage/IbexStorageAdapter.ts'
import { useSession } from '../../../src/react/hooks/useSession.ts'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'
import { signUpWithPasskey } from '../../utils/signUpWithPasskey.ts'

describe('useSession', () => {
  test('default: signed-out, then signed-in with the user, then signed-out again', async () => {
    const ibex = await createTestIbex()
    const { result } = renderHookWithIbex(() => useSession(), ibex)
    expect(result.current).toEqual({ status: 'signed-out', user: null, expiresAt: null })

    const before = Date.now()
    let externalUserId = ''
    await act(async () => {
      externalUserId = (await signUpWithPasskey(ibex)).externalUserId
    })
    expect(result.current.status).toBe('signed-in')
    const { user, expiresAt } = result.current
    expect(user).toMatchObject({
      externalUserId,
      authMethod: 'PASSKEY',
      chainId: 421614,
      hasPasskey: true,
      prfCapable: true,
    })
    expect(Object.keys(user?.safeAddresses ?? {}).sort()).toEqual(['100', '421614', '8453'])
    expect(user?.eoaAddress).toMatch(/^0x[0-9a-fA-F]{40}$/)
    expect(user?.eoaAddresses?.map((entry) => entry.type)).toContain('EVM')
    // One hour of access token.
    expect(expiresAt).toBeGreaterThanOrEqual(before + 3_590_000)
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 3_600_000)

    await act(() => ibex.client.signOut())
    expect(result.current).toEqual({ status: 'signed-out', user: null, expiresAt: null })
  })

  test('behavior: loading while an asynchronous storage is read', async () => {
    let answer: (value: string | null) => void = () => {}
    const storage: IbexStorageAdapter = {
      getItem: () => new Promise<string | null>((resolve) => (answer = resolve)),
      setItem: async () => {},
      removeItem: async () => {},
    }
    const ibex = await createTestIbex({ authenticator: false, client: { storage } })
    const { result } = renderHookWithIbex(() => useSession(), ibex)
    expect(result.current.status).toBe('loading')
    act(() => answer(null))
    await waitFor(() => expect(result.current.status).toBe('signed-out'))
  })

  test('behavior: a token refresh of the same user keeps the snapshot (no re-render)', async () => {
    // One frozen clock for the mock and the client: the new pair expires at the same instant.
    const now = () => Date.parse('2026-03-01T12:00:00.000Z')
    const ibex = await createTestIbex({ mock: { now }, client: { now } })
    await signUpWithPasskey(ibex)
    let renders = 0
    const { result } = renderHookWithIbex(() => {
      renders += 1
      return useSession()
    }, ibex)
    const signedIn = result.current
    const tokenBefore = ibex.client.session.getTokens()?.accessToken
    const rendersBefore = renders
    await act(() => ibex.client.refresh())
    expect(ibex.requests()).toContain('POST /v1.2/auth/refresh')
    expect(ibex.client.session.getTokens()?.accessToken).not.toBe(tokenBefore)
    expect(result.current).toBe(signedIn)
    expect(renders).toBe(rendersBefore)
  })
})
