import { act, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, test } from 'vitest'
import { useSignIn } from '../../../src/react/hooks/useSignIn.ts'
import { useSignUp } from '../../../src/react/hooks/useSignUp.ts'
import { createTestIbex, type TestIbex } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'

const PIN = '975318'
const PASSPHRASE = 'correct horse battery staple'

/** The mutation cache as TanStack keeps it, and web storage, as one string to search. */
function cachesText(ibex: TestIbex): string {
  const mutations = ibex.queryClient
    .getMutationCache()
    .getAll()
    .map(({ state }) => ({ variables: state.variables, data: state.data, error: state.error }))
  return JSON.stringify({ mutations, local: { ...localStorage }, session: { ...sessionStorage } })
}

beforeEach(() => {
  localStorage.clear()
  sessionStorage.clear()
})

describe('secrets in the sign-up and sign-in variables', () => {
  test('the PIN reaches the ceremony but not variables, callbacks or the mutation cache', async () => {
    const ibex = await createTestIbex({ authenticator: false })
    const seen: unknown[] = []
    const { result } = renderHookWithIbex(
      () => useSignUp({ mutation: { onMutate: (variables) => void seen.push(variables) } }),
      ibex,
    )
    // Too short: refused by the ceremony itself, which proves the PIN got there.
    await act(() =>
      result.current
        .mutateAsync(
          { wallet: 'kdf', pin: '12' },
          { onError: (_error, variables) => void seen.push(variables) },
        )
        .catch(() => {}),
    )
    await waitFor(() => expect(result.current.error?.code).toBe('validation/pin-too-short'))

    await act(() =>
      result.current.mutateAsync(
        { wallet: 'kdf', pin: PIN },
        { onSuccess: (_data, variables) => void seen.push(variables) },
      ),
    )
    await waitFor(() => expect(result.current.data?.status).toBe('signed-in'))
    expect(result.current.variables).toEqual({ wallet: 'kdf' })
    expect(seen).toEqual([
      { wallet: 'kdf' },
      { wallet: 'kdf' },
      { wallet: 'kdf' },
      { wallet: 'kdf' },
    ])
    expect(
      ibex.queryClient
        .getMutationCache()
        .getAll()
        .map((m) => m.state.variables),
    ).toEqual([{ wallet: 'kdf' }, { wallet: 'kdf' }])
    expect(cachesText(ibex)).not.toContain(PIN)
  })

  test('the other variables stay: a PIN sign-in keeps its enrichment flags for the cache seeding', async () => {
    const ibex = await createTestIbex({ authenticator: false })
    const up = renderHookWithIbex(() => useSignUp(), ibex)
    await act(() => up.result.current.mutateAsync({ wallet: 'kdf', pin: PIN }))
    await ibex.client.signOut()

    const { result } = renderHookWithIbex(() => useSignIn(), ibex)
    await act(() => result.current.mutateAsync({ wallet: 'kdf', pin: PIN, includeBalance: true }))
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data).toMatchObject({
      status: 'signed-in',
      enrichment: { balance: expect.any(Object) },
    })
    expect(result.current.variables).toEqual({ wallet: 'kdf', includeBalance: true })
    expect(cachesText(ibex)).not.toContain(PIN)
  })

  test('the email passphrase and code get the same treatment as the PIN', async () => {
    const ibex = await createTestIbex({ authenticator: false, client: { storage: 'localStorage' } })
    const { result } = renderHookWithIbex(() => useSignUp(), ibex)
    const email = 'ada@example.com'
    await act(() => result.current.mutateAsync({ wallet: 'email', email }))
    const code = await ibex.readEmailCode(email)
    await act(() => result.current.mutateAsync({ wallet: 'email', code }))
    await waitFor(() => expect(result.current.data?.status).toBe('awaiting-passphrase'))
    await act(() => result.current.mutateAsync({ wallet: 'email', passphrase: PASSPHRASE }))

    await waitFor(() => expect(result.current.data?.status).toBe('signed-in'))
    expect(ibex.client.session.getSnapshot().status).toBe('signed-in')
    expect(result.current.variables).toEqual({ wallet: 'email' })
    // The emailed code is a credential while it is valid: it goes the same way.
    expect(
      ibex.queryClient
        .getMutationCache()
        .getAll()
        .map((m) => m.state.variables),
    ).toEqual([{ wallet: 'email', email }, { wallet: 'email' }, { wallet: 'email' }])
    expect(cachesText(ibex)).toContain(email)
    expect(cachesText(ibex)).not.toContain(PASSPHRASE)
    expect(cachesText(ibex)).not.toContain(`"${code}"`)
  })
})
