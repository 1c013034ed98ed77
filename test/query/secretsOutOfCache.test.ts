// The exported mutation factories used the way their JSDoc shows, with a plain MutationObserver
// and no hook in between: no PIN, passphrase or emailed code may reach TanStack's mutation cache
// or the callbacks, while the ceremony or operation still gets them and succeeds.
import { MutationObserver, type QueryClient } from '@tanstack/query-core'
import { getAddress } from 'viem'
import { describe, expect, test } from 'vitest'
import { batchMutationOptions } from '../../src/query/batchMutationOptions.ts'
import { operationMutationOptions } from '../../src/query/operationMutationOptions.ts'
import { signInMutationOptions } from '../../src/query/signInMutationOptions.ts'
import { signUpMutationOptions } from '../../src/query/signUpMutationOptions.ts'
import { createTestIbex } from '../utils/createTestIbex.ts'

const PIN = '736291'
const PASSPHRASE = 'violet kettle 42 marmalade'
const TO = getAddress(`0x${'34'.repeat(20)}`)
const tracking = { intervalMs: 10, timeoutMs: 10_000 }

const text = (value: unknown) =>
  JSON.stringify(value ?? null, (_, field: unknown) =>
    typeof field === 'bigint' ? field.toString() : field,
  )

/**
 * What TanStack held for a mutation after every cache event, and what callbacks saw. Listeners
 * run inside TanStack's own dispatch, one synchronous step before the kit's `onMutate` can act,
 * so they read the state a microtask later, as devtools and persisters do (they render or write
 * later still).
 */
function watchCache(queryClient: QueryClient) {
  const seen: string[] = []
  const unsubscribe = queryClient.getMutationCache().subscribe((event) => {
    queueMicrotask(() => seen.push(text(event.mutation?.state)))
  })
  const callbacks = {
    onMutate: (variables: unknown) => void seen.push(text(variables)),
    onSuccess: (_: unknown, variables: unknown) => void seen.push(text(variables)),
    onSettled: (_: unknown, __: unknown, variables: unknown) => void seen.push(text(variables)),
  }
  const stored = () =>
    queryClient
      .getMutationCache()
      .getAll()
      .map((mutation) => text(mutation.state))
  return { seen, callbacks, stored, unsubscribe }
}

describe('secrets never reach the mutation cache through the exported factories', () => {
  test('signUpMutationOptions and signInMutationOptions with a PIN', async () => {
    const ibex = await createTestIbex({ authenticator: false })
    const watch = watchCache(ibex.queryClient)
    const variables = { wallet: 'kdf' as const, pin: PIN }

    const signUp = new MutationObserver(
      ibex.queryClient,
      signUpMutationOptions(ibex.client, { mutation: watch.callbacks }),
    )
    const pending = signUp.mutate(variables)
    // While it runs (the derivation takes a moment), the cache already holds no PIN.
    expect(watch.stored().join()).not.toContain(PIN)
    expect(await pending).toMatchObject({ status: 'signed-in' })

    await ibex.client.signOut()
    const signIn = new MutationObserver(
      ibex.queryClient,
      signInMutationOptions(ibex.client, { mutation: watch.callbacks }),
    )
    expect(await signIn.mutate({ wallet: 'kdf', pin: PIN })).toMatchObject({
      status: 'signed-in',
    })

    expect(watch.stored()).toHaveLength(2)
    expect(watch.stored().join()).not.toContain(PIN)
    expect(watch.seen.length).toBeGreaterThan(4)
    expect(watch.seen.join()).not.toContain(PIN)
    // The rest of the variables stays where TanStack shows it.
    expect(watch.stored()[0]).toContain('"wallet":"kdf"')
    watch.unsubscribe()
  })

  test('signUpMutationOptions with an email: neither the code nor the passphrase', async () => {
    const ibex = await createTestIbex({ authenticator: false })
    const watch = watchCache(ibex.queryClient)
    const observer = new MutationObserver(
      ibex.queryClient,
      signUpMutationOptions(ibex.client, { mutation: watch.callbacks }),
    )
    const email = 'secret-keeper@example.com'
    await observer.mutate({ wallet: 'email', email })
    const code = ibex.mock.outbox(email)?.code ?? ''
    expect(code).toMatch(/^\d{6}$/)
    await observer.mutate({ wallet: 'email', code })
    expect(await observer.mutate({ wallet: 'email', passphrase: PASSPHRASE })).toMatchObject({
      status: 'signed-in',
    })

    const everything = [...watch.stored(), ...watch.seen].join()
    expect(everything).not.toContain(PASSPHRASE)
    expect(everything).not.toContain(`"code":"${code}"`)
    watch.unsubscribe()
  })

  test('operationMutationOptions and batchMutationOptions with a PIN', async () => {
    const ibex = await createTestIbex({
      authenticator: false,
      mock: { operationConfirmDelayMs: 20 },
    })
    await new MutationObserver(ibex.queryClient, signUpMutationOptions(ibex.client)).mutate({
      wallet: 'kdf',
      pin: PIN,
    })
    const watch = watchCache(ibex.queryClient)

    const transfer = new MutationObserver(
      ibex.queryClient,
      operationMutationOptions(ibex.client, 'transfer', { tracking, mutation: watch.callbacks }),
    )
    const result = await transfer.mutate({ token: 'native', to: TO, amount: '0.001', pin: PIN })
    expect(result.status).toBe('confirmed')

    const batch = new MutationObserver(
      ibex.queryClient,
      batchMutationOptions(ibex.client, { tracking, mutation: watch.callbacks }),
    )
    await batch.mutate({
      operations: [{ kind: 'transfer', token: 'native', to: TO, amount: '0.001' }],
      pin: PIN,
    })

    // The sign-up, the transfer and the batch.
    expect(watch.stored()).toHaveLength(3)
    expect([...watch.stored(), ...watch.seen].join()).not.toContain(PIN)
    expect(watch.stored()[1]).toContain('"amount":"0.001"')
    watch.unsubscribe()
  })
})

test('a frozen variables object cannot give its PIN up: refused before any request', async () => {
  const ibex = await createTestIbex({ authenticator: false })
  const observer = new MutationObserver(ibex.queryClient, signUpMutationOptions(ibex.client))
  const error = await observer.mutate(Object.freeze({ wallet: 'kdf', pin: PIN })).catch((e) => e)
  expect(error).toMatchObject({ code: 'validation/secret-not-removable', field: 'pin' })
  expect(ibex.requests()).toEqual([])
})
