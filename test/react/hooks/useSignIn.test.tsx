import { queryOptions, useQuery } from '@tanstack/react-query'
import { act, waitFor } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { IbexWebAuthnError } from '../../../src/core/errors/IbexWebAuthnError.ts'
import { ibexQueryDefaults } from '../../../src/query/ibexQueryDefaults.ts'
import { ibexQueryKeys } from '../../../src/query/ibexQueryKeys.ts'
import { ibexQueryScope } from '../../../src/query/ibexQueryScope.ts'
import { signInSeedData } from '../../../src/query/signInSeedData.ts'
import { withSignInSeed } from '../../../src/query/withSignInSeed.ts'
import { useIbexClient } from '../../../src/react/hooks/useIbexClient.ts'
import { useIbexQueryClient } from '../../../src/react/hooks/useIbexQueryClient.ts'
import { useSession } from '../../../src/react/hooks/useSession.ts'
import { useSignIn } from '../../../src/react/hooks/useSignIn.ts'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'
import { returningPasskeyUser } from '../../utils/signUpWithPasskey.ts'

/** What a data hook of a later issue does: one key from the factory, one request. */
function useBalancesLike() {
  const client = useIbexClient()
  const queryClient = useIbexQueryClient()
  const externalUserId = useSession().user?.externalUserId ?? ''
  return useQuery(
    queryOptions({
      ...ibexQueryDefaults,
      queryKey: ibexQueryKeys.balances(ibexQueryScope(client), externalUserId),
      queryFn: withSignInSeed(() => client.request({ path: '/v1.2/users/me/balances' })),
      enabled: externalUserId !== '',
    }),
    queryClient,
  )
}

describe('useSignIn', () => {
  test('default: signs in with a discoverable passkey, step by step', async () => {
    const ibex = await createTestIbex()
    const user = await returningPasskeyUser(ibex)
    await ibex.setFaults({ latencyMs: 20 })
    const steps: string[] = []
    const { result } = renderHookWithIbex(() => {
      const signIn = useSignIn()
      if (steps[steps.length - 1] !== signIn.step) steps.push(signIn.step)
      return { signIn, session: useSession() }
    }, ibex)
    expect(result.current.session.status).toBe('signed-out')

    act(() => result.current.signIn.mutate())
    await waitFor(() => expect(result.current.signIn.step).toBe('success'))

    expect(steps).toEqual(['idle', 'challenge', 'authenticator', 'verifying', 'success'])
    expect(ibex.requests()).toEqual(['GET /v1.2/auth/sign-in', 'POST /v1.2/auth/sign-in'])
    expect(result.current.signIn.data).toMatchObject({ status: 'signed-in', user })
    expect(result.current.signIn.data).not.toHaveProperty('enrichment')
    expect(result.current.session.user?.externalUserId).toBe(user.externalUserId)
  })

  test('behavior: unmounting aborts the sign-in still going: nothing is POSTed', async () => {
    const ibex = await createTestIbex()
    await returningPasskeyUser(ibex)
    ibex.mock.setFaults({ latencyMs: 200 })
    const { result, unmount } = renderHookWithIbex(() => useSignIn(), ibex)

    act(() => result.current.mutate())
    unmount()

    await waitFor(() => {
      const [mutation] = ibex.queryClient.getMutationCache().getAll()
      expect(mutation?.state.status).toBe('error')
    })
    const [mutation] = ibex.queryClient.getMutationCache().getAll()
    expect(mutation?.state.error).toMatchObject({ code: expect.stringMatching(/aborted$/) })
    expect(ibex.requests()).not.toContain('POST /v1.2/auth/sign-in')
    expect(ibex.client.session.getSnapshot().status).toBe('signed-out')
  })

  test('behavior: a refused prompt is webauthn/cancelled and signs nobody in', async () => {
    const ibex = await createTestIbex()
    await returningPasskeyUser(ibex)
    ibex.authenticator.failNext('NotAllowedError')
    const { result } = renderHookWithIbex(() => useSignIn(), ibex)
    act(() => result.current.mutate())
    await waitFor(() => expect(result.current.step).toBe('error'))
    expect(result.current.error).toBeInstanceOf(IbexWebAuthnError)
    expect(result.current.error?.code).toBe('webauthn/cancelled')
    expect(ibex.requests()).toEqual(['GET /v1.2/auth/sign-in'])
    expect(ibex.client.session.getSnapshot().status).toBe('signed-out')
  })

  test('behavior: without a passkey for the site, the error is a WebAuthn one', async () => {
    const ibex = await createTestIbex()
    const { result } = renderHookWithIbex(() => useSignIn(), ibex)
    act(() => result.current.mutate())
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toBeInstanceOf(IbexWebAuthnError)
  })

  test('parameters: includeBalance makes exactly 2 requests, and balances on screen make none', async () => {
    const ibex = await createTestIbex()
    const user = await returningPasskeyUser(ibex)
    const { result } = renderHookWithIbex(
      () => ({ signIn: useSignIn(), balances: useBalancesLike() }),
      ibex,
    )
    await act(() => result.current.signIn.mutateAsync({ includeBalance: true }))
    await waitFor(() => expect(result.current.balances.isSuccess).toBe(true))

    expect(ibex.requests()).toEqual(['GET /v1.2/auth/sign-in', 'POST /v1.2/auth/sign-in'])
    const data = result.current.signIn.data
    const seeded = data?.status === 'signed-in' ? data.enrichment?.balance : undefined
    expect(seeded).toMatchObject({ crypto: expect.any(Object), totals: expect.any(Object) })
    // Cached in the shape the balances query keeps (parsed, zero balances dropped).
    const cached = signInSeedData('balances', seeded)
    expect(cached).toMatchObject({ wallets: expect.any(Array), totals: expect.any(Object) })
    expect(result.current.balances.data).toEqual(cached)
    const scope = ibexQueryScope(ibex.client)
    expect(
      ibex.queryClient.getQueryData(ibexQueryKeys.balances(scope, user.externalUserId)),
    ).toEqual(cached)
    expect(result.current.balances.isFetching).toBe(false)
    expect(ibex.requests()).toHaveLength(2)
  })

  test('parameters: includeTransactions and includeUserdata seed their queries', async () => {
    const ibex = await createTestIbex()
    const user = await returningPasskeyUser(ibex)
    const { result } = renderHookWithIbex(() => useSignIn(), ibex)
    const outcome = await act(() =>
      result.current.mutateAsync({ includeTransactions: true, includeUserdata: true }),
    )
    expect(outcome).toMatchObject({ status: 'signed-in', enrichmentStatus: 'ready' })
    const enrichment = outcome.status === 'signed-in' ? outcome.enrichment : undefined
    const scope = ibexQueryScope(ibex.client)
    const id = user.externalUserId
    expect(enrichment?.transactions).toMatchObject({ type: 'mixed' })
    expect(ibex.queryClient.getQueryData(ibexQueryKeys.transactions(scope, id))).toEqual(
      signInSeedData('transactions', enrichment?.transactions),
    )
    expect(enrichment?.userdata).toMatchObject({ addresses: { externalUserId: id } })
    expect(ibex.queryClient.getQueryData(ibexQueryKeys.userData(scope, id))).toEqual(
      signInSeedData('userData', enrichment?.userdata),
    )
    expect(ibex.queryClient.getQueryState(ibexQueryKeys.balances(scope, id))).toBeUndefined()
    expect(ibex.requests()).toEqual(['GET /v1.2/auth/sign-in', 'POST /v1.2/auth/sign-in'])
  })

  test('parameters: asyncData polls until READY, stays verifying meanwhile, then seeds', async () => {
    const ibex = await createTestIbex()
    const user = await returningPasskeyUser(ibex)
    const steps: string[] = []
    const { result } = renderHookWithIbex(() => {
      const signIn = useSignIn()
      if (steps[steps.length - 1] !== signIn.step) steps.push(signIn.step)
      // Mounted from the start: it sees the session turn signed-in long before the data is in.
      return { signIn, balances: useBalancesLike() }
    }, ibex)
    act(() => result.current.signIn.mutate({ includeBalance: true, asyncData: true }))
    await waitFor(() => expect(result.current.signIn.step).toBe('success'), { timeout: 5_000 })
    await waitFor(() => expect(result.current.balances.isSuccess).toBe(true))

    const requests = ibex.requests()
    expect(requests.slice(0, 2)).toEqual(['GET /v1.2/auth/sign-in', 'POST /v1.2/auth/sign-in'])
    const polls = requests.slice(2)
    // The mock answers PENDING first, READY on the second poll (or after 500 ms); no balances GET.
    expect(polls.length).toBeGreaterThanOrEqual(2)
    for (const poll of polls) expect(poll).toMatch(/^GET \/v1\.2\/auth\/sign-in\/data\/[\w-]+$/)
    expect(steps.slice(-2)).toEqual(['verifying', 'success'])
    expect(result.current.signIn.data).toMatchObject({
      status: 'signed-in',
      enrichmentStatus: 'ready',
    })
    const key = ibexQueryKeys.balances(ibexQueryScope(ibex.client), user.externalUserId)
    expect(ibex.queryClient.getQueryData(key)).toMatchObject({ totals: expect.any(Object) })
    expect(result.current.balances.data).toBe(ibex.queryClient.getQueryData(key))
  })

  test('behavior: a new mutate aborts the run still going', async () => {
    const ibex = await createTestIbex()
    await returningPasskeyUser(ibex)
    await ibex.setFaults({ latencyMs: 30 })
    const { result } = renderHookWithIbex(() => useSignIn(), ibex)
    let first: Promise<unknown> = Promise.resolve()
    act(() => {
      first = result.current.mutateAsync().catch((error: unknown) => error)
    })
    await act(() => result.current.mutateAsync())
    expect(await first).toMatchObject({ code: 'webauthn/aborted' })
    expect(result.current.step).toBe('success')
    expect(ibex.requests().filter((r) => r === 'POST /v1.2/auth/sign-in')).toHaveLength(1)
  })
})
