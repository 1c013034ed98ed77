import { queryOptions, useQuery, type QueryKey } from '@tanstack/react-query'
import { act, waitFor } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { ibexQueryKeys } from '../../../src/query/ibexQueryKeys.ts'
import { ibexQueryScope } from '../../../src/query/ibexQueryScope.ts'
import { useSession } from '../../../src/react/hooks/useSession.ts'
import { useSignOut } from '../../../src/react/hooks/useSignOut.ts'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'
import { signUpWithPasskey } from '../../utils/signUpWithPasskey.ts'

describe('useSignOut', () => {
  test("default: forgets the session and removes that user's queries, and only theirs", async () => {
    const ibex = await createTestIbex()
    const user = await signUpWithPasskey(ibex)
    const scope = ibexQueryScope(ibex.client)
    const mine: QueryKey[] = [
      ibexQueryKeys.balances(scope, user.externalUserId),
      ibexQueryKeys.userData(scope, user.externalUserId),
      ibexQueryKeys.operationStatus(scope, user.externalUserId, { userOpHash: '0xabc' }),
    ]
    const others: QueryKey[] = [
      ibexQueryKeys.balances(scope, 'another-user'),
      ibexQueryKeys.balances('tenant-b.example', user.externalUserId),
      ibexQueryKeys.passkeySupport(),
      ['app', 'todos'],
    ]
    for (const key of [...mine, ...others]) ibex.queryClient.setQueryData(key, { cached: true })
    ibex.clearRequests()

    const { result } = renderHookWithIbex(
      () => ({ signOut: useSignOut(), session: useSession() }),
      ibex,
    )
    expect(result.current.session.status).toBe('signed-in')
    await act(() => result.current.signOut.mutateAsync())

    expect(result.current.session.status).toBe('signed-out')
    await waitFor(() => expect(result.current.signOut.isSuccess).toBe(true))
    expect(ibex.client.session.getTokens()).toBeNull()
    for (const key of mine) expect(ibex.queryClient.getQueryState(key)).toBeUndefined()
    for (const key of others) expect(ibex.queryClient.getQueryData(key)).toEqual({ cached: true })
    // IBEx has no logout endpoint: signing out is local (and broadcast to the other tabs).
    expect(ibex.requests()).toEqual([])
  })

  test("behavior: that user's requests still in flight are cancelled", async () => {
    const ibex = await createTestIbex()
    const user = await signUpWithPasskey(ibex)
    const key = ibexQueryKeys.userData(ibexQueryScope(ibex.client), user.externalUserId)
    let signal: AbortSignal | undefined
    const { result } = renderHookWithIbex(
      () => ({
        signOut: useSignOut(),
        query: useQuery(
          queryOptions({
            queryKey: key,
            queryFn: (context) => {
              // The first request's signal (a still-mounted observer may fetch again later).
              signal ??= context.signal
              return new Promise<string>(() => {})
            },
          }),
          ibex.queryClient,
        ),
      }),
      ibex,
    )
    await waitFor(() => expect(result.current.query.fetchStatus).toBe('fetching'))
    expect(signal?.aborted).toBe(false)
    await act(() => result.current.signOut.mutateAsync())
    expect(signal?.aborted).toBe(true)
    expect(ibex.queryClient.getQueryData(key)).toBeUndefined()
  })
})
