import { describe, expect, test } from 'vitest'
import { executeOperations } from '../../../src/core/actions/operations/executeOperations.ts'
import { prepareOperations } from '../../../src/core/actions/operations/prepareOperations.ts'
import { IbexHttpError } from '../../../src/core/errors/IbexHttpError.ts'
import { mapOperationRefusal } from '../../../src/core/operations/mapOperationRefusal.ts'
import type { OperationStage } from '../../../src/core/operations/OperationStage.ts'
import { runOperation } from '../../../src/core/operations/runOperation.ts'
import { trackOperation } from '../../../src/core/operations/trackOperation.ts'
import { getPasskeyAssertion } from '../../../src/core/webauthn/getPasskeyAssertion.ts'
import { ceremonyHarness, rejectionOf } from '../ceremonies/ceremonyHarness.ts'
import { balanceOf, safeOf, signUpPasskeyUser, token } from './operationUsers.ts'

const h = ceremonyHarness({ operationConfirmDelayMs: 20 })
const tracking = { intervalMs: 10, timeoutMs: 5_000 }
const EUR = token('EUR-IBEX')

/** A fetch that lets `shouldFail` requests reach IBEx (or not) and then fails like a dropped connection. */
function flakyFetch(shouldFail: (method: string, url: URL) => 'before' | 'after' | undefined) {
  return async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    const when = shouldFail(init?.method ?? 'GET', url)
    if (when === 'before') throw new TypeError('Failed to fetch')
    const response = await globalThis.fetch(input, init)
    if (when === 'after') throw new TypeError('The connection was reset')
    return response
  }
}

async function twoUsers(clientOptions: Parameters<typeof h.client>[0] = {}) {
  const client = h.client(clientOptions)
  const user = await signUpPasskeyUser(client)
  const other = await signUpPasskeyUser(h.client())
  h.requests.length = 0
  return { client, user, to: safeOf(other) }
}

describe('refusals and failures', () => {
  test('closing the passkey prompt ends the attempt cleanly: nothing executed, the next one works', async () => {
    const { client, user, to } = await twoUsers()
    const stages: OperationStage[] = []
    h.authenticator.failNext('NotAllowedError')
    const error = await rejectionOf(
      runOperation(
        client,
        { kind: 'transfer', token: EUR, to, amount: '1' },
        {
          onStage: (stage) => stages.push(stage),
        },
      ),
    )
    expect(error).toMatchObject({ name: 'IbexWebAuthnError', code: 'webauthn/cancelled' })
    expect(stages).toEqual(['validating', 'preparing', 'signing', 'failed'])
    expect(h.calls('PUT', '/v1.2/safes/operations')).toEqual([])
    expect(await balanceOf(client, user, 'EUR-IBEX')).toBe('100')

    const again = await runOperation(
      client,
      { kind: 'transfer', token: EUR, to, amount: '1' },
      { tracking },
    )
    expect(again.status).toBe('confirmed')
  })

  test('a second submit while one is in flight is refused, before any request of its own', async () => {
    const { client, to } = await twoUsers()
    const first = runOperation(
      client,
      { kind: 'transfer', token: EUR, to, amount: '1' },
      { tracking },
    )
    const second = await rejectionOf(
      runOperation(client, { kind: 'transfer', token: EUR, to, amount: '2' }),
    )
    expect(second).toMatchObject({ name: 'IbexSessionError', code: 'session/busy' })
    await expect(first).resolves.toMatchObject({ status: 'confirmed', operation: { amount: '1' } })
    expect(h.calls('POST', '/v1.2/safes/operations')).toHaveLength(1)
    await expect(
      runOperation(client, { kind: 'transfer', token: EUR, to, amount: '2' }, { tracking }),
    ).resolves.toMatchObject({ status: 'confirmed' })
  })

  test('a signed intent runs once: sending it again is refused (intent reuse)', async () => {
    const { client, user, to } = await twoUsers()
    const intent = await prepareOperations(client, {
      safeAddress: safeOf(user),
      chainId: 421614,
      operations: [{ type: 'TRANSFER_TOKEN', tokenAddress: EUR, to, amount: '3' }],
    })
    const credential = await getPasskeyAssertion({ optionsJSON: intent.options })
    const executed = await executeOperations(client, { credential, chainId: 421614 })
    expect(executed.userOpHash).toBe(intent.userOpHash)
    const replay = await rejectionOf(executeOperations(client, { credential, chainId: 421614 }))
    expect(replay).toBeInstanceOf(IbexHttpError)
    expect(replay).toMatchObject({ status: 410, code: 'http/gone' })
    expect(mapOperationRefusal(replay, 'execute', intent)).toMatchObject({
      name: 'IbexOperationError',
      code: 'operation/intent-used',
      userOpHash: intent.userOpHash,
    })
  })

  test('an intent that expires before the PUT is refused; an explicit retry prepares a new one', async () => {
    const { client, user, to } = await twoUsers()
    const error = await rejectionOf(
      runOperation(
        client,
        { kind: 'transfer', token: EUR, to, amount: '4' },
        {
          onStage: (stage) => {
            if (stage === 'signing') h.advanceMockClock(301_000)
          },
        },
      ),
    )
    expect(error).toMatchObject({ name: 'IbexOperationError', code: 'operation/expired' })
    expect(await balanceOf(client, user, 'EUR-IBEX')).toBe('100')
    expect(h.calls('POST', '/v1.2/safes/operations')).toHaveLength(1)

    const retried = await runOperation(
      client,
      { kind: 'transfer', token: EUR, to, amount: '4' },
      { tracking },
    )
    expect(retried.status).toBe('confirmed')
    expect(h.calls('POST', '/v1.2/safes/operations')).toHaveLength(2)
  })

  test('a network failure after the execute answer: tracking polls through it and resolves', async () => {
    let statusFailures = 2
    const { client, user, to } = await twoUsers({
      fetch: flakyFetch((method, url) =>
        method === 'GET' && url.pathname.endsWith('/status') && statusFailures-- > 0
          ? 'before'
          : undefined,
      ),
    })
    const result = await runOperation(
      client,
      { kind: 'transfer', token: EUR, to, amount: '5' },
      { tracking },
    )
    expect(result).toMatchObject({ status: 'confirmed', ibexStatus: 'CONFIRMED' })
    expect(statusFailures).toBeLessThan(0)
    expect(await balanceOf(client, user, 'EUR-IBEX')).toBe('95')
  })

  test('a lost execute answer is not resent: the error carries the hash, which still resolves', async () => {
    const { client, to } = await twoUsers({
      fetch: flakyFetch((method, url) =>
        method === 'PUT' && url.pathname === '/v1.2/safes/operations' ? 'after' : undefined,
      ),
    })
    const error = await rejectionOf(
      runOperation(client, { kind: 'transfer', token: EUR, to, amount: '6' }, { tracking }),
    )
    expect(error).toMatchObject({ name: 'IbexOperationError', code: 'operation/outcome-unknown' })
    expect(h.calls('PUT', '/v1.2/safes/operations')).toHaveLength(1)
    const userOpHash = (error as { userOpHash?: `0x${string}` }).userOpHash
    expect(userOpHash).toMatch(/^0x[0-9a-f]{64}$/)
    await expect(trackOperation(client, userOpHash!, tracking)).resolves.toMatchObject({
      state: 'confirmed',
    })
  })

  test('a 5xx on execute is an unknown outcome, not a failure (the PUT may have run)', () => {
    const intent = { userOpHash: `0x${'ab'.repeat(32)}`, batchId: 'b1' } as Parameters<
      typeof mapOperationRefusal
    >[2]
    const serverError = new IbexHttpError({ status: 502, endpoint: 'PUT /v1.2/safes/operations' })
    expect(mapOperationRefusal(serverError, 'execute', intent)).toMatchObject({
      code: 'operation/outcome-unknown',
      userOpHash: `0x${'ab'.repeat(32)}`,
    })
    // A 5xx on prepare sent nothing that could run: it stays an HTTP error.
    expect(mapOperationRefusal(serverError, 'prepare')).toBe(serverError)
  })

  test('an operation that fails on chain is operation/failed with its hash', async () => {
    const { client, user, to } = await twoUsers()
    h.mock.setFaults({ failNextOperation: true })
    const stages: OperationStage[] = []
    const error = await rejectionOf(
      runOperation(
        client,
        { kind: 'transfer', token: EUR, to, amount: '7' },
        {
          tracking,
          onStage: (stage) => stages.push(stage),
        },
      ),
    )
    expect(error).toMatchObject({ name: 'IbexOperationError', code: 'operation/failed' })
    expect((error as { userOpHash?: string }).userOpHash).toMatch(/^0x/)
    expect(stages.slice(-2)).toEqual(['pending', 'failed'])
    expect(await balanceOf(client, user, 'EUR-IBEX')).toBe('100')
  })

  test('a signed-out client is refused before any request', async () => {
    const client = h.client()
    const error = await rejectionOf(
      runOperation(client, {
        kind: 'transfer',
        token: EUR,
        to: safeOf(await signUpPasskeyUser(h.client())),
        amount: '1',
      }),
    )
    expect(error).toMatchObject({ name: 'IbexSessionError', code: 'session/signed-out' })
  })
})
