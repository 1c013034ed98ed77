import { delay, http, HttpResponse } from 'msw'
import * as v from 'valibot'
import { describe, expect, test } from 'vitest'
import { getSignInChallenge } from '../../../src/core/actions/auth/getSignInChallenge.ts'
import { refreshTokens } from '../../../src/core/actions/auth/refreshTokens.ts'
import { submitSignIn } from '../../../src/core/actions/auth/submitSignIn.ts'
import { IbexHttpError } from '../../../src/core/errors/IbexHttpError.ts'
import { IbexNetworkError } from '../../../src/core/errors/IbexNetworkError.ts'
import { IbexResponseError } from '../../../src/core/errors/IbexResponseError.ts'
import { IbexSessionError } from '../../../src/core/errors/IbexSessionError.ts'
import { loadOnDemand } from '../../../src/core/utils/loadOnDemand.ts'
import {
  BASE_URL,
  createTokenAuthority,
  RP_ID,
  signInBody,
  clientsForEachTest,
  startMswServer,
} from './fakeIbex.ts'

const server = startMswServer()
const makeClient = clientsForEachTest()

const passkeyAssertion = {
  id: 'cred',
  rawId: 'cred',
  type: 'public-key' as const,
  response: { authenticatorData: 'AA', clientDataJSON: 'AA', signature: 'AA' },
  clientExtensionResults: {},
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected a rejection')
}

describe('headers', () => {
  test('public auth calls carry the rpId (both spellings) and no token, even one passed by hand', async () => {
    let seen: Headers | undefined
    server.use(
      http.get(`${BASE_URL}/v1.2/auth/sign-in`, ({ request }) => {
        seen = request.headers
        return HttpResponse.json({ credentialRequestOptions: { challenge: 'Y2hhbGxlbmdl' } })
      }),
    )
    const client = makeClient({ sendIbexAuthHeader: true })
    await client.session.applyAuthResponse(signInBody())
    await getSignInChallenge(client, { wallet: 'passkeys' })
    await client.request({
      path: '/v1.2/auth/sign-in',
      auth: false,
      headers: { Authorization: 'Bearer leaked', 'x-ibex-auth': 'Bearer leaked' },
    })
    expect(seen?.get('x-rpid')).toBe(RP_ID)
    expect(seen?.get('x-rp-id')).toBe(RP_ID)
    expect(seen?.get('authorization')).toBeNull()
    expect(seen?.get('x-ibex-auth')).toBeNull()
  })

  test('authenticated calls carry Bearer (and X-IBEx-Auth when asked) and the chain when asked', async () => {
    const seen: Headers[] = []
    server.use(
      http.get(`${BASE_URL}/v1.2/users/me/balances`, ({ request }) => {
        seen.push(request.headers)
        return HttpResponse.json({})
      }),
    )
    const client = makeClient({ chainId: 100, sendIbexAuthHeader: true })
    await client.session.applyAuthResponse(signInBody())
    const token = client.session.getTokens()?.accessToken
    await client.request({ path: '/v1.2/users/me/balances', chainId: true })
    await client.request({ path: '/v1.2/users/me/balances', chainId: 8453 })
    await client.request({ path: '/v1.2/users/me/balances' })
    expect(seen.map((h) => h.get('authorization'))).toEqual(Array(3).fill(`Bearer ${token}`))
    expect(seen[0]?.get('x-ibex-auth')).toBe(`Bearer ${token}`)
    expect(seen.map((h) => h.get('x-blockchain-id'))).toEqual(['100', '8453', null])
  })

  test('no rpId option: no rpId header, the Origin decides', async () => {
    let seen: Headers | undefined
    server.use(
      http.post(`${BASE_URL}/v1.2/auth/refresh`, ({ request }) => {
        seen = request.headers
        return HttpResponse.json(signInBody())
      }),
    )
    const client = makeClient({ rpId: undefined })
    await refreshTokens(client, { refreshToken: 'r' })
    expect(seen?.get('x-rpid')).toBeNull()
    expect(seen?.get('x-rp-id')).toBeNull()
    expect(client.config.appId).toBe('localhost') // jsdom's hostname
  })

  test('a same-origin proxy path works as the base URL', async () => {
    server.use(
      http.get('http://localhost:3000/ibex/v1.2/health', () => HttpResponse.json({ status: 'ok' })),
    )
    const client = makeClient({ baseUrl: '/ibex/' })
    await expect(client.request({ path: '/v1.2/health', auth: false })).resolves.toEqual({
      status: 'ok',
    })
  })

  test('an authenticated call while signed out fails before any request', async () => {
    const client = makeClient()
    const error = await caught(client.request({ path: '/v1.2/users/me' }))
    expect(error).toBeInstanceOf(IbexSessionError)
    expect((error as IbexSessionError).code).toBe('session/signed-out')
  })
})

describe('errors', () => {
  test('400 Unknown domain/rpId', async () => {
    server.use(
      http.get(`${BASE_URL}/v1.2/auth/sign-in`, () =>
        HttpResponse.json({ message: 'Unknown domain/rpId' }, { status: 400 }),
      ),
    )
    const error = await caught(getSignInChallenge(makeClient(), { wallet: 'passkeys' }))
    expect(error).toBeInstanceOf(IbexHttpError)
    expect(error).toMatchObject({
      code: 'http/unknown-rp-id',
      status: 400,
      endpoint: 'GET /v1.2/auth/sign-in',
    })
  })

  test('401 on a public call is an http/unauthorized error with the server code', async () => {
    server.use(
      http.post(`${BASE_URL}/v1.2/auth/sign-in`, () =>
        HttpResponse.json(
          { message: 'bad assertion', error_code: 'UNAUTHORIZED' },
          { status: 401 },
        ),
      ),
    )
    const client = makeClient()
    const error = await caught(
      submitSignIn(client, { wallet: 'passkeys', credential: passkeyAssertion }),
    )
    expect(error).toMatchObject({
      code: 'http/unauthorized',
      status: 401,
      serverMessage: 'bad assertion',
      serverCode: 'UNAUTHORIZED',
    })
    expect(client.session.getSnapshot().status).toBe('signed-out')
  })

  test('429 with Retry-After: a GET waits and retries, then succeeds', async () => {
    const times: number[] = []
    server.use(
      http.get(`${BASE_URL}/v1.2/auth/sign-in`, () => {
        times.push(Date.now())
        if (times.length === 1) {
          return HttpResponse.json(
            { message: 'slow down' },
            { status: 429, headers: { 'Retry-After': '1' } },
          )
        }
        return HttpResponse.json({ credentialRequestOptions: { challenge: 'Y2hhbGxlbmdl' } })
      }),
    )
    const challenge = await getSignInChallenge(makeClient(), { wallet: 'passkeys' })
    expect(challenge.options.challenge).toBe('Y2hhbGxlbmdl')
    expect(times).toHaveLength(2)
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(990)
  })

  test('429 with a Retry-After beyond the cap is not waited for', async () => {
    let calls = 0
    server.use(
      http.get(`${BASE_URL}/v1.2/auth/sign-in`, () => {
        calls++
        return HttpResponse.json({}, { status: 429, headers: { 'Retry-After': '120' } })
      }),
    )
    const error = await caught(getSignInChallenge(makeClient(), { wallet: 'passkeys' }))
    expect(error).toMatchObject({ code: 'http/rate-limited', retryAfter: 120 })
    expect(calls).toBe(1)
  })

  test('429 on a POST is never retried', async () => {
    let calls = 0
    server.use(
      http.post(`${BASE_URL}/v1.2/auth/sign-in`, () => {
        calls++
        return HttpResponse.json({}, { status: 429, headers: { 'Retry-After': '0' } })
      }),
    )
    const error = await caught(
      submitSignIn(makeClient(), { wallet: 'passkeys', credential: passkeyAssertion }),
    )
    expect(error).toMatchObject({ code: 'http/rate-limited', retryAfter: 0 })
    expect(calls).toBe(1)
  })

  test('503 maintenance body: GETs back off a few times, then the error names the maintenance', async () => {
    let calls = 0
    server.use(
      http.get(`${BASE_URL}/v1.2/auth/sign-in`, () => {
        calls++
        return HttpResponse.json(
          {
            status: 'maintenance',
            service: 'IBEXFIAPI',
            since: '2026-01-01T00:00:00Z',
            message: 'Back soon',
          },
          { status: 503 },
        )
      }),
    )
    const client = makeClient({ retry: { attempts: 3, baseDelayMs: 5 } })
    const error = await caught(getSignInChallenge(client, { wallet: 'passkeys' }))
    expect(calls).toBe(3)
    expect(error).toBeInstanceOf(IbexHttpError)
    expect(error).toMatchObject({
      code: 'http/maintenance',
      status: 503,
      serverMessage: 'Back soon',
    })
    expect((error as IbexHttpError).shortMessage).toContain('since 2026-01-01T00:00:00Z')
  })

  test('network failure', async () => {
    server.use(http.get(`${BASE_URL}/v1.2/auth/sign-in`, () => HttpResponse.error()))
    const error = await caught(getSignInChallenge(makeClient(), { wallet: 'passkeys' }))
    expect(error).toBeInstanceOf(IbexNetworkError)
    expect(error).toMatchObject({ code: 'network/failed', endpoint: 'GET /v1.2/auth/sign-in' })
  })

  test('timeout vs abort', async () => {
    server.use(
      http.get(`${BASE_URL}/v1.2/auth/sign-in`, async () => {
        await delay('infinite')
        return HttpResponse.json({})
      }),
    )
    const client = makeClient({ timeoutMs: 50 })
    expect(await caught(getSignInChallenge(client, { wallet: 'passkeys' }))).toMatchObject({
      code: 'network/timeout',
    })
    const controller = new AbortController()
    const pending = getSignInChallenge(
      makeClient(),
      { wallet: 'passkeys' },
      { signal: controller.signal },
    )
    controller.abort()
    expect(await caught(pending)).toMatchObject({ code: 'network/aborted' })
  })

  test('a 2xx body that is not JSON', async () => {
    server.use(
      http.get(`${BASE_URL}/v1.2/auth/sign-in`, () =>
        HttpResponse.text('<html>proxy error</html>'),
      ),
    )
    const error = await caught(getSignInChallenge(makeClient(), { wallet: 'passkeys' }))
    expect(error).toBeInstanceOf(IbexResponseError)
    expect(error).toMatchObject({
      code: 'response/malformed-json',
      endpoint: 'GET /v1.2/auth/sign-in',
    })
  })

  test('a missing or malformed required field is named, with its path', async () => {
    server.use(
      http.post(`${BASE_URL}/v1.2/auth/sign-in`, () => {
        const { access_token: _, ...body } = signInBody()
        return HttpResponse.json(body)
      }),
      http.post(`${BASE_URL}/v1.2/auth/refresh`, () =>
        HttpResponse.json({ ...signInBody(), safeAddress: { '421614': 'not-an-address' } }),
      ),
    )
    const client = makeClient()
    const missing = await caught(
      submitSignIn(client, { wallet: 'passkeys', credential: passkeyAssertion }),
    )
    expect(missing).toMatchObject({
      code: 'response/invalid-shape',
      endpoint: 'POST /v1.2/auth/sign-in',
      field: 'access_token',
    })
    expect((missing as Error).message).toContain('`access_token`')
    const nested = await caught(refreshTokens(client, { refreshToken: 'r' }))
    expect(nested).toMatchObject({
      field: 'safeAddress.421614',
      endpoint: 'POST /v1.2/auth/refresh',
    })
    expect(client.session.getSnapshot().status).toBe('signed-out')
  })

  test('204 resolves to undefined, checked against the schema', async () => {
    server.use(
      http.get(`${BASE_URL}/v1.2/users/me/address`, () => new HttpResponse(null, { status: 204 })),
    )
    const client = makeClient()
    await client.session.applyAuthResponse(signInBody())
    const schema = v.optional(v.object({ safes: v.array(v.string()) }))
    await expect(
      client.request({ path: '/v1.2/users/me/address', schema }),
    ).resolves.toBeUndefined()
    const strict = await caught(
      client.request({ path: '/v1.2/users/me/address', schema: v.object({}) }),
    )
    expect(strict).toMatchObject({
      code: 'response/invalid-shape',
      endpoint: 'GET /v1.2/users/me/address',
    })
  })

  test('a schema loaded on demand checks the body; a failed download is network/load-failed', async () => {
    server.use(
      http.get(`${BASE_URL}/v1.2/users/me/address`, () => HttpResponse.json({ safes: ['0x1'] })),
    )
    const client = makeClient()
    await client.session.applyAuthResponse(signInBody())
    let loads = 0
    const schema = () => {
      loads++
      return Promise.resolve(v.object({ safes: v.array(v.string()) }))
    }
    await expect(client.request({ path: '/v1.2/users/me/address', schema })).resolves.toEqual({
      safes: ['0x1'],
    })
    expect(loads).toBe(1)
    // A schema may itself be callable (some Standard Schema libraries): it is not a loader.
    const callable = Object.assign(
      () => {
        throw new Error('called as a loader')
      },
      {
        '~standard': {
          version: 1 as const,
          vendor: 'test',
          validate: (value: unknown) => ({ value: { checked: value } }),
        },
      },
    )
    await expect(
      client.request({ path: '/v1.2/users/me/address', schema: callable }),
    ).resolves.toEqual({ checked: { safes: ['0x1'] } })
    const failed = await caught(
      client.request({
        path: '/v1.2/users/me/address',
        schema: () =>
          loadOnDemand('The address check', () => Promise.reject(new Error('chunk gone'))),
      }),
    )
    expect(failed).toBeInstanceOf(IbexNetworkError)
    expect(failed).toMatchObject({ code: 'network/load-failed', endpoint: 'The address check' })
    expect((failed as Error).message).toContain('The address check could not be downloaded')
  })

  test('a 401 on an authenticated call refreshes once and replays once', async () => {
    const authority = createTokenAuthority()
    server.use(...authority.handlers)
    const client = makeClient({ crossTab: false })
    const first = authority.issue()
    await client.session.applyAuthResponse(first)
    authority.revoke(first.access_token)
    await expect(client.request({ path: '/v1.2/users/me' })).resolves.toMatchObject({ ok: true })
    expect(authority.state.refreshCalls).toBe(1)
    expect(authority.state.meCalls).toBe(2)
    // Still 401 after the refresh: the error surfaces, no loop.
    authority.revoke(client.session.getTokens()!.accessToken)
    server.use(http.post(`${BASE_URL}/v1.2/auth/refresh`, () => HttpResponse.json(signInBody())))
    const error = await caught(client.request({ path: '/v1.2/users/me' }))
    expect(error).toMatchObject({ code: 'http/unauthorized' })
    expect(authority.state.meCalls).toBe(4)
  })

  test('a 401 that names a domain refusal is not replayed (no second write)', async () => {
    let puts = 0
    let refreshes = 0
    server.use(
      http.put(`${BASE_URL}/v1.2/safes/operations`, () => {
        puts += 1
        return HttpResponse.json(
          { message: 'signature from another key', error_code: 'SIGNER_MISMATCH' },
          { status: 401 },
        )
      }),
      http.post(`${BASE_URL}/v1.2/auth/refresh`, () => {
        refreshes += 1
        return HttpResponse.json(signInBody())
      }),
    )
    const client = makeClient({ crossTab: false })
    await client.session.applyAuthResponse(signInBody())
    const error = await caught(
      client.request({ method: 'PUT', path: '/v1.2/safes/operations', body: {} }),
    )
    expect(error).toMatchObject({ code: 'http/unauthorized', serverCode: 'SIGNER_MISMATCH' })
    expect(puts).toBe(1)
    expect(refreshes).toBe(0)
  })
})
