// Tolerant reading at the network boundary: the mock IBEx answers, and an MSW
// handler in front of it reshapes one answer the way a live tenant might (fields the kit does not
// know, documented variants, a field left out), so the kit's real parsing is what is tested.
import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { getSwapQuote } from '../../../src/core/actions/operations/getSwapQuote.ts'
import { signUp } from '../../../src/core/actions/signUp.ts'
import { IbexResponseError } from '../../../src/core/errors/IbexResponseError.ts'
import { runOperation } from '../../../src/core/operations/runOperation.ts'
import { createTestIbex, server, TEST_BASE_URL, type TestIbex } from '../../utils/createTestIbex.ts'
import { signUpPasskeyUser, token } from './operationUsers.ts'

type Json = Record<string, unknown>

/** Answers `method path` with the mock's own answer passed through `edit`. */
function reshape(ibex: TestIbex, method: 'get' | 'post', path: string, edit: (body: Json) => Json) {
  server.use(
    http[method](`${TEST_BASE_URL}${path}`, async ({ request }) => {
      const answer = await ibex.mock.handle(request)
      if (!answer.ok) return answer
      return HttpResponse.json(edit((await answer.json()) as Json), { status: answer.status })
    }),
  )
}

/** Somebody else's address, to send to. */
const RECIPIENT = '0x000000000000000000000000000000000000bEEF'

const extra = { serverVersion: '1.2.99', _trace: { region: 'eu-west-3' }, flags: [1, 2] }

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  )
}

describe('tolerant reading', () => {
  test('a passkey sign-up reads the creation options under `credentialCreationOptions`, next to unknown fields', async () => {
    const ibex = await createTestIbex()
    reshape(ibex, 'get', '/v1.2/auth/sign-up', ({ credentialRequestOptions, ...rest }) => ({
      ...rest,
      ...extra,
      credentialCreationOptions: { ...(credentialRequestOptions as Json), futureOption: true },
    }))
    reshape(ibex, 'post', '/v1.2/auth/sign-up', (body) => ({ ...body, ...extra }))
    const result = await signUp(ibex.client, {})
    expect(result.status).toBe('signed-in')
  })

  test('an operation signs the challenge IBEx sent even when data.userOpHash differs, and tracks the executed userOpHash', async () => {
    const ibex = await createTestIbex({ mock: { operationConfirmDelayMs: 0 } })
    await signUpPasskeyUser(ibex.client)
    const other = `0x${'cd'.repeat(32)}`
    reshape(ibex, 'post', '/v1.2/safes/operations', (body) => ({
      ...body,
      ...extra,
      credentialRequestOptions: {
        ...(body.credentialRequestOptions as Json),
        data: { userOpHash: other, unknownHint: 'x' },
      },
    }))
    const result = await runOperation(
      ibex.client,
      { kind: 'transfer', token: token('EUR-IBEX'), to: RECIPIENT, amount: '1' },
      { tracking: { intervalMs: 10, timeoutMs: 5_000 } },
    )
    expect(result.status).toBe('confirmed')
    expect(result.userOpHash).toMatch(/^0x[0-9a-f]{64}$/)
    expect(result.userOpHash).not.toBe(other)
  })

  test('an optional field the kit can do without is dropped when unreadable, not fatal', async () => {
    const ibex = await createTestIbex({ mock: { operationConfirmDelayMs: 0 } })
    await signUpPasskeyUser(ibex.client)
    reshape(ibex, 'get', '/v1.2/safes/operations/:hash/status', (body) => ({
      ...body,
      ...extra,
      // A non-EVM Safe address, a chain named in words, an unknown item shape.
      safeAddress: 'bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh',
      Chains: 'arbitrum-sepolia',
      operations: [{ index: 'first' }],
      updatedAt: 1_765_000_000,
    }))
    const result = await runOperation(
      ibex.client,
      { kind: 'transfer', token: token('EUR-IBEX'), to: RECIPIENT, amount: '1' },
      { tracking: { intervalMs: 10, timeoutMs: 5_000 } },
    )
    expect(result).toMatchObject({ status: 'confirmed', ibexStatus: 'CONFIRMED' })
  })

  test('a swap quote without the fields that depend on the provider is usable', async () => {
    const ibex = await createTestIbex()
    await signUpPasskeyUser(ibex.client)
    reshape(ibex, 'get', '/v1.2/safes/swap/quote', (body) => {
      const { validTo, feeAmount, bestProvider, provider, orderUid, comparisons, ...rest } = body
      void [validTo, feeAmount, bestProvider, provider, orderUid, comparisons]
      return { ...rest, ...extra, comparisons: { cowswap: { buyAmount: 'n/a', quirk: 1 } } }
    })
    const before = Date.now()
    const quote = await getSwapQuote(ibex.client, {
      sellTokenAddress: token('EUR-IBEX'),
      buyTokenAddress: token('USD-IBEX'),
      amount: '10',
    })
    expect(quote).toMatchObject({ feeAmount: '0', feeValue: 0n, provider: 'UNKNOWN' })
    expect(quote.orderUid).toBeUndefined()
    expect(quote.comparisons).toEqual([])
    // No expiry named: the documented lifetime of about five minutes, from receipt.
    expect(quote.expiresAt).toBeGreaterThanOrEqual(before + 300_000)
    expect(quote.expiresAt).toBeLessThanOrEqual(Date.now() + 300_000)
    const result = await runOperation(ibex.client, { kind: 'swap', quote })
    expect(result.status).not.toBe('failed')
  })

  test('a missing field the kit needs is an IbexResponseError naming the endpoint and the field', async () => {
    const ibex = await createTestIbex()
    await signUpPasskeyUser(ibex.client)
    reshape(ibex, 'get', '/v1.2/safes/swap/quote', ({ buyAmount, ...rest }) => {
      void buyAmount
      return rest
    })
    const quoteError = await rejectionOf(
      getSwapQuote(ibex.client, {
        sellTokenAddress: token('EUR-IBEX'),
        buyTokenAddress: token('USD-IBEX'),
        amount: '10',
      }),
    )
    expect(quoteError).toBeInstanceOf(IbexResponseError)
    expect(quoteError).toMatchObject({
      code: 'response/invalid-shape',
      endpoint: 'GET /v1.2/safes/swap/quote',
      field: 'buyAmount',
    })
    expect((quoteError as Error).message).toContain('`buyAmount`')

    reshape(ibex, 'post', '/v1.2/safes/operations', (body) => {
      const { challenge, ...options } = body.credentialRequestOptions as Json
      void challenge
      return { ...body, credentialRequestOptions: options }
    })
    ibex.clearRequests()
    const intentError = await rejectionOf(
      runOperation(ibex.client, {
        kind: 'transfer',
        token: token('EUR-IBEX'),
        to: RECIPIENT,
        amount: '1',
      }),
    )
    expect(intentError).toMatchObject({
      endpoint: 'POST /v1.2/safes/operations',
      field: 'credentialRequestOptions.challenge',
    })
    // Nothing was signed or executed.
    expect(ibex.requests()).not.toContain('PUT /v1.2/safes/operations')
  })
})
