import { act, waitFor } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { IbexHttpError } from '../../../src/core/errors/IbexHttpError.ts'
import { IbexValidationError } from '../../../src/core/errors/IbexValidationError.ts'
import { useSignIn } from '../../../src/react/hooks/useSignIn.ts'
import { useUpdateUserData } from '../../../src/react/hooks/useUpdateUserData.ts'
import { useUserData } from '../../../src/react/hooks/useUserData.ts'
import { createTestIbex, type CreateTestIbexOptions } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'
import { returningPasskeyUser, signUpWithPasskey } from '../../utils/signUpWithPasskey.ts'

const ME = 'GET /v1.2/users/me'

async function signedIn(options: CreateTestIbexOptions = {}) {
  const ibex = await createTestIbex(options)
  const user = await signUpWithPasskey(ibex)
  ibex.clearRequests()
  return { ibex, user }
}

describe('useUserData', () => {
  test('default: key/values, parsed sections, the others as sent', async () => {
    const { ibex, user } = await signedIn()
    const { result } = renderHookWithIbex(() => useUserData(), ibex)
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    const profile = result.current.data
    expect(profile?.data).toEqual({})
    expect(profile?.errors).toEqual({})
    expect(profile?.addresses?.externalUserId).toBe(user.externalUserId)
    expect(profile?.addresses?.wallets).toHaveLength(3)
    expect(profile?.balances?.wallets[0]?.tokens.map((token) => token.symbol)).toEqual([
      'EUR-IBEX',
      'USD-IBEX',
      'ETH',
    ])
    // `/users/me` serves the flat transactions shape (crypto.data + chains[]).
    expect(profile?.transactions).toMatchObject({ page: 1, total: 3 })
    expect(profile?.transactions?.transactions).toHaveLength(3)
    expect(profile?.transactions?.chains.map((chain) => chain.chainId)).toEqual([421614, 100, 8453])
    expect(Object.keys(profile?.sections ?? {}).sort()).toEqual(
      ['addressbook', 'chainid', 'ibans', 'kycStatus', 'lending', 'pools', 'signers'].sort(),
    )
    expect(profile?.sections.kycStatus).toMatchObject({ kycLevel: '0', verified: false })
    expect(ibex.requests()).toEqual([ME])
  })

  test('behavior: after a sign-in with includeUserdata, the profile makes no request', async () => {
    const ibex = await createTestIbex()
    const user = await returningPasskeyUser(ibex)
    const { result } = renderHookWithIbex(() => {
      const signIn = useSignIn()
      return { signIn, profile: useUserData({ query: { enabled: signIn.isSuccess } }) }
    }, ibex)
    await act(() => result.current.signIn.mutateAsync({ includeUserdata: true }))
    await waitFor(() => expect(result.current.profile.isSuccess).toBe(true))
    expect(result.current.profile.data?.addresses?.externalUserId).toBe(user.externalUserId)
    expect(ibex.requests()).toEqual(['GET /v1.2/auth/sign-in', 'POST /v1.2/auth/sign-in'])
  })
})

describe('useUpdateUserData', () => {
  test('default: the profile shows the new values at once, then what IBEx stored', async () => {
    const { ibex } = await signedIn()
    const { result } = renderHookWithIbex(
      () => ({ profile: useUserData(), update: useUpdateUserData() }),
      ibex,
    )
    await waitFor(() => expect(result.current.profile.isSuccess).toBe(true))
    await ibex.setFaults({ latencyMs: 50 })

    act(() =>
      result.current.update.mutate({
        language: 'fr',
        'optin.newsletter': true,
        'private.tier': 'gold',
      }),
    )
    await waitFor(() => expect(result.current.profile.data?.data.language).toBe('fr'))
    expect(result.current.update.isPending).toBe(true)
    expect(result.current.profile.data?.data).toEqual({ language: 'fr', 'optin.newsletter': true })

    await waitFor(() => expect(result.current.update.isSuccess).toBe(true))
    expect(result.current.update.data).toEqual({ success: true })
    expect(result.current.profile.data?.data).toEqual({ language: 'fr', 'optin.newsletter': true })
    expect(ibex.requests()).toEqual([ME, 'POST /v1.2/users/me', ME])

    act(() => result.current.update.mutate({ language: null }))
    await waitFor(() =>
      expect(result.current.profile.data?.data).toEqual({ 'optin.newsletter': true }),
    )
  })

  test('error: a refused write is rolled back and reported', async () => {
    const { ibex } = await signedIn({ mock: { strictUserDataRpId: true } })
    const { result } = renderHookWithIbex(
      () => ({ profile: useUserData(), update: useUpdateUserData() }),
      ibex,
    )
    await waitFor(() => expect(result.current.profile.isSuccess).toBe(true))
    const before = result.current.profile.data
    await ibex.setFaults({ latencyMs: 50 })

    act(() => result.current.update.mutate({ language: 'fr' }))
    await waitFor(() => expect(result.current.profile.data?.data.language).toBe('fr'))
    await waitFor(() => expect(result.current.update.isError).toBe(true))

    expect(result.current.update.error).toBeInstanceOf(IbexHttpError)
    expect(result.current.update.error).toMatchObject({
      code: 'http/bad-request',
      serverMessage: 'rpId is not valid',
    })
    expect(result.current.profile.data?.data).toEqual(before?.data)
    expect(ibex.requests().filter((r) => r === 'POST /v1.2/users/me')).toHaveLength(1)
  })

  test('error: an empty update is refused before any request', async () => {
    const { ibex } = await signedIn()
    const { result } = renderHookWithIbex(() => useUpdateUserData(), ibex)
    act(() => result.current.mutate({}))
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toBeInstanceOf(IbexValidationError)
    expect(result.current.error?.code).toBe('validation/user-data-empty')
    expect(ibex.requests()).toEqual([])
  })
})
