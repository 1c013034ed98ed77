import { MutationObserver, QueryClient } from '@tanstack/query-core'
import { describe, expect, test, vi } from 'vitest'
import { ibexQueryKeys } from '../../src/query/ibexQueryKeys.ts'
import { withSignInSeed } from '../../src/query/withSignInSeed.ts'

const SCOPE = 'app.example.com'
const key = ibexQueryKeys.balances(SCOPE, 'u1')

/** A sign-in mutation, as `signInMutationOptions` files it, that finishes when told to. */
function pendingSignIn(queryClient: QueryClient, variables: Record<string, unknown>) {
  let finish: (seed: unknown) => void = () => {}
  const observer = new MutationObserver<void, Error, Record<string, unknown>>(queryClient, {
    mutationKey: ['ibex', SCOPE, 'signIn'],
    mutationFn: () =>
      new Promise<void>((resolve) => {
        finish = (seed) => {
          if (seed !== undefined) queryClient.setQueryData(key, seed)
          resolve()
        }
      }),
  })
  void observer.mutate(variables)
  return { finish: (seed?: unknown) => finish(seed) }
}

describe('withSignInSeed', () => {
  test('default: without a sign-in in flight, it fetches at once', async () => {
    const queryClient = new QueryClient()
    const fetch = vi.fn(async () => 'fetched')
    await expect(
      queryClient.fetchQuery({ queryKey: key, queryFn: withSignInSeed(fetch) }),
    ).resolves.toBe('fetched')
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  test('behavior: waits for a sign-in that asked for this block, then returns its seed', async () => {
    const queryClient = new QueryClient()
    const signIn = pendingSignIn(queryClient, { includeBalance: true })
    await Promise.resolve()
    const fetch = vi.fn(async () => 'fetched')
    const result = queryClient.fetchQuery({ queryKey: key, queryFn: withSignInSeed(fetch) })
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(fetch).not.toHaveBeenCalled()
    signIn.finish({ totals: 'seeded' })
    await expect(result).resolves.toEqual({ totals: 'seeded' })
    expect(fetch).not.toHaveBeenCalled()
  })

  test('behavior: fetches after the sign-in when it seeded nothing (enrichment FAILED)', async () => {
    const queryClient = new QueryClient()
    const signIn = pendingSignIn(queryClient, { includeBalance: true, asyncData: true })
    await Promise.resolve()
    const fetch = vi.fn(async () => 'fetched')
    const result = queryClient.fetchQuery({ queryKey: key, queryFn: withSignInSeed(fetch) })
    signIn.finish()
    await expect(result).resolves.toBe('fetched')
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  test('behavior: does not wait for sign-ins without this block, nor for other parameters', async () => {
    const queryClient = new QueryClient()
    pendingSignIn(queryClient, { includeTransactions: true })
    pendingSignIn(queryClient, { includeBalance: true })
    await Promise.resolve()
    const fetch = vi.fn(async () => 'fetched')
    await expect(
      queryClient.fetchQuery({
        queryKey: ibexQueryKeys.transactions(SCOPE, 'u1', { page: 2 }),
        queryFn: withSignInSeed(fetch),
      }),
    ).resolves.toBe('fetched')
    await expect(
      queryClient.fetchQuery({
        queryKey: ibexQueryKeys.vaults(SCOPE, 'u1'),
        queryFn: withSignInSeed(fetch),
      }),
    ).resolves.toBe('fetched')
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  test('behavior: a cancelled query stops waiting', async () => {
    const queryClient = new QueryClient()
    pendingSignIn(queryClient, { includeBalance: true })
    await Promise.resolve()
    const fetch = vi.fn(async () => 'fetched')
    const result = queryClient.fetchQuery({ queryKey: key, queryFn: withSignInSeed(fetch) })
    await queryClient.cancelQueries({ queryKey: key })
    await expect(result).rejects.toThrow()
    expect(fetch).not.toHaveBeenCalled()
  })
})
