import { QueryClient } from '@tanstack/react-query'
import { describe, expect, test, vi } from 'vitest'
import { getBalances } from '../../src/core/actions/data/getBalances.ts'
import { getSignUpChallenge } from '../../src/core/actions/auth/getSignUpChallenge.ts'
import { submitSignUp } from '../../src/core/actions/auth/submitSignUp.ts'
import type { IbexClient } from '../../src/core/client/IbexClient.ts'
import { createIbexClient } from '../../src/core/client/createIbexClient.ts'
import { IbexValidationError } from '../../src/core/errors/IbexValidationError.ts'
import { createPasskeyCredential } from '../../src/core/webauthn/createPasskeyCredential.ts'
import { createSoftwareAuthenticator } from '../../src/mock/authenticator/createSoftwareAuthenticator.ts'
import { balancesQueryOptions } from '../../src/query/balancesQueryOptions.ts'
import { createIbexProxy } from '../../src/server/createIbexProxy.ts'
import { createIbexServerClient } from '../../src/server/createIbexServerClient.ts'
import { getIbexSession } from '../../src/server/getIbexSession.ts'
import { prefetchIbexBalances } from '../../src/server/prefetchIbexBalances.ts'
import { createProxyHarness, SECRET, type ProxyHarness } from './proxyHarness.ts'

const HOUR = 3_600_000

async function signUp(client: IbexClient) {
  const authenticator = createSoftwareAuthenticator({ origin: window.location.origin })
  authenticator.install()
  try {
    const challenge = await getSignUpChallenge(client, { wallet: 'passkeys' })
    const { credential } = await createPasskeyCredential(challenge.options)
    return await submitSignUp(client, { wallet: 'passkeys', credential })
  } finally {
    authenticator.uninstall()
  }
}

/** The refresh token of IBEx's last token answer (what the proxy keeps in the cookie). */
function realRefreshToken(harness: ProxyHarness): string {
  const answers = harness.upstreamAnswers.map((text) => {
    try {
      return JSON.parse(text) as { refresh_token?: string }
    } catch {
      return {}
    }
  })
  return answers.filter((answer) => answer.refresh_token).at(-1)?.refresh_token ?? ''
}

const refreshesAtIbex = (harness: ProxyHarness) =>
  harness.upstream.filter((request) => request.path === '/v1.2/auth/refresh').length

describe('createIbexProxy', () => {
  test('sign-up through the proxy: the pair goes into an encrypted HttpOnly cookie, the browser gets no refresh token and sends no token', async () => {
    const harness = createProxyHarness()
    const tab = harness.tab(harness.proxy())
    const { user, response } = await signUp(tab)

    expect(tab.session.getSnapshot()).toMatchObject({ status: 'signed-in', user })
    const cookieLine = harness.setCookies.find((line) => line.startsWith('ibex-session='))
    expect(cookieLine).toMatch(/; HttpOnly/)
    expect(cookieLine).toMatch(/; Secure/)
    expect(cookieLine).toMatch(/; SameSite=Lax/)
    expect(cookieLine).toMatch(/; Path=\//)
    // What IBEx issued (the mock logs its answers nowhere else): the last upstream sign-up's
    // answer carried the real pair; the browser saw an opaque id in its place.
    const issued = tab.session.getTokens()!
    expect(response.refresh_token).toBe(issued.refreshToken)
    expect(issued.refreshToken).toMatch(/^[A-Za-z0-9_-]{22}$/)
    const cookieValue = harness.jar.get('ibex-session')!
    expect(cookieValue).toMatch(/^v1\./)
    expect(cookieValue).not.toContain(issued.accessToken.split('.')[1])

    await getBalances(tab)
    const read = harness.upstream.at(-1)!
    expect(read.path).toBe('/v1.2/users/me/balances')
    expect(read.headers.get('authorization')).toBe(`Bearer ${issued.accessToken}`)
    expect(read.headers.get('x-rpid')).toBe('localhost')
    // The refresh token IBEx issued never reached the browser, in any answer or header.
    const realRefresh = realRefreshToken(harness)
    expect(realRefresh.length).toBeGreaterThan(20)
    for (const answer of harness.browserAnswers) expect(answer).not.toContain(realRefresh)

    // CORS is not needed: every call of the browser went to its own origin, and none carried a
    // token header (so no preflight, whatever IBEx's CORS policy).
    expect(harness.browser.length).toBeGreaterThan(2)
    for (const request of harness.browser) {
      expect(new URL(request.url).origin).toBe(window.location.origin)
      expect(request.headers.has('authorization')).toBe(false)
      expect(request.headers.has('x-ibex-auth')).toBe(false)
      expect(request.headers.get('x-ibex-proxy')).toBe('1')
    }
    // Nothing of the session in web storage.
    expect(JSON.stringify({ ...localStorage })).not.toContain(issued.accessToken)
    expect(JSON.stringify({ ...sessionStorage })).not.toContain(issued.accessToken)
  })

  test('two tabs on two server instances, access token expired, calls in both: one refresh at IBEx', async () => {
    const harness = createProxyHarness()
    const instanceA = harness.proxy()
    const instanceB = harness.proxy()
    const tabA = harness.tab(instanceA)
    await signUp(tabA)
    // The second tab opens after the sign-up and reads the session from the proxy (the cookie).
    const tabB = harness.tab(instanceB)
    await tabB.session.whenReady()
    expect(tabB.session.getSnapshot().status).toBe('signed-in')
    const before = tabA.session.getTokens()!.refreshToken

    harness.clock.now += 2 * HOUR
    const calls = [tabA, tabB].flatMap((tab) => Array.from({ length: 5 }, () => getBalances(tab)))
    await Promise.all(calls)
    expect(refreshesAtIbex(harness)).toBe(1)
    const after = tabA.session.getTokens()!.refreshToken
    expect(after).not.toBe(before)
    await vi.waitFor(() => expect(tabB.session.getTokens()?.refreshToken).toBe(after))
    // Both instances read the new pair from the one cookie.
    expect((await getIbexSession(harness.cookieHeader(), instanceB))?.sessionId).toBe(after)
  })

  test('a refresh asked with an older pair id gets the newer pair, and no second refresh', async () => {
    const harness = createProxyHarness()
    const instance = harness.proxy()
    const tab = harness.tab(instance, { crossTab: false })
    await signUp(tab)
    const oldId = tab.session.getTokens()!.refreshToken
    harness.clock.now += 2 * HOUR
    await tab.refresh()
    expect(refreshesAtIbex(harness)).toBe(1)
    const newId = tab.session.getTokens()!.refreshToken

    // A tab that missed the news (no BroadcastChannel) asks with the old id.
    const answer = await instance.handle(
      new Request('http://localhost:3000/api/ibex/v1.2/auth/refresh', {
        method: 'POST',
        headers: { cookie: harness.cookieHeader(), 'x-ibex-proxy': '1' },
        body: JSON.stringify({ refresh_token: oldId }),
      }),
    )
    expect(answer.status).toBe(200)
    expect(await answer.json()).toMatchObject({ refresh_token: newId })
    expect(refreshesAtIbex(harness)).toBe(1)
  })

  test('a tampered, foreign or expired cookie is a signed-out user: nothing is forwarded', async () => {
    const harness = createProxyHarness()
    const instance = harness.proxy()
    const tab = harness.tab(instance, { crossTab: false })
    await signUp(tab)
    const good = harness.jar.get('ibex-session')!
    const forwardedBefore = harness.upstream.length
    const call = (cookie: string, path = '/api/ibex/v1.2/users/me/balances') =>
      instance.handle(
        new Request(`http://localhost:3000${path}`, {
          headers: { cookie: `ibex-session=${cookie}`, 'x-ibex-proxy': '1' },
        }),
      )

    const last = good.at(-2) === 'A' ? 'B' : 'A'
    const tampered = `${good.slice(0, -2)}${last}${good.at(-1)}`
    for (const cookie of [tampered, good.slice(0, 40), 'v1.AAAA', 'not-a-cookie']) {
      const answer = await call(cookie)
      expect(answer.status).toBe(401)
      expect(answer.headers.get('set-cookie')).toMatch(/^ibex-session=; .*Max-Age=0/)
      expect(await getIbexSession(`ibex-session=${cookie}`, instance)).toBeNull()
      expect(await (await call(cookie, '/api/ibex/session')).json()).toEqual({ session: null })
    }
    // Sealed with another secret, or moved to another cookie name.
    const foreign = harness.proxy({ secret: 'another-secret-0123456789-abcdefghijkl' })
    expect(await getIbexSession(`ibex-session=${good}`, foreign)).toBeNull()
    const renamed = harness.proxy({ cookie: { name: 'other' } })
    expect(await getIbexSession(`other=${good}`, renamed)).toBeNull()
    expect(harness.upstream.length).toBe(forwardedBefore)

    // Still good until the refresh token's lifetime (24 h) is over.
    expect(await getIbexSession(`ibex-session=${good}`, instance)).not.toBeNull()
    harness.clock.now += 25 * HOUR
    expect(await getIbexSession(`ibex-session=${good}`, instance)).toBeNull()
    expect((await call(good)).status).toBe(401)
    expect(harness.upstream.length).toBe(forwardedBefore)

    // Signing in again over the dead cookie replaces it with a good one.
    harness.jar.set('ibex-session', tampered)
    await signUp(tab)
    expect(harness.jar.get('ibex-session')).not.toBe(tampered)
    expect(await getIbexSession(harness.cookieHeader(), instance)).not.toBeNull()
  })

  test('a missing or short secret is refused at start-up', () => {
    for (const secret of [undefined, '', 'too-short-secret']) {
      expect(() => createIbexProxy({ baseUrl: 'https://ibex.test', secret })).toThrow(
        IbexValidationError,
      )
    }
    expect(() => createIbexProxy({ baseUrl: 'https://ibex.test', secret: 'short' })).toThrow(
      /at least 32 characters/,
    )
    expect(() => createIbexProxy({ baseUrl: '/relative', secret: SECRET })).toThrow(/baseUrl/)
  })

  test('paths outside the IBEx API, other methods and requests without the proxy header are refused', async () => {
    const harness = createProxyHarness()
    const instance = harness.proxy()
    const ask = (path: string, init: RequestInit = {}, proxyHeader = true) =>
      instance.handle(
        new Request(`http://localhost:3000${path}`, {
          ...init,
          headers: proxyHeader ? { 'x-ibex-proxy': '1' } : {},
        }),
      )
    for (const path of [
      '/api/ibex/__mock/faucet',
      '/api/ibex/v1.2/../__mock/reset',
      '/api/ibex/v1.2/%2e%2e/__mock/reset',
      '/api/ibex/v1.2/users%2fme',
      '/api/ibex/ws',
      '/api/ibex/health',
      '/api/ibex',
      '/elsewhere/v1.2/auth/sign-up',
    ]) {
      const answer = await ask(path, { method: 'POST', body: '{}' })
      expect(answer.status, path).toBe(404)
    }
    expect((await ask('/api/ibex/v1.2/auth/sign-up', { method: 'OPTIONS' })).status).toBe(405)
    expect((await ask('/api/ibex/v1.2/auth/sign-up?wallet=passkeys', {}, false)).status).toBe(403)
    expect(harness.upstream).toEqual([])
    // A public call with the header is forwarded.
    expect((await ask('/api/ibex/v1.2/auth/sign-up?wallet=passkeys')).status).toBe(200)
    expect(harness.upstream).toHaveLength(1)
  })

  test('hop-by-hop, encoding, cookie and token headers are stripped both ways', async () => {
    let seen: Headers | undefined
    const instance = createIbexProxy({
      baseUrl: 'https://ibex.test',
      secret: SECRET,
      rpId: 'localhost',
      fetch: async (input, init) => {
        seen = new Request(input, init).headers
        return new Response('{"ok":true}', {
          headers: {
            'content-type': 'application/json',
            'content-encoding': 'gzip',
            'content-length': '999',
            'transfer-encoding': 'chunked',
            connection: 'keep-alive',
            'keep-alive': 'timeout=5',
            'set-cookie': 'ibex=1; Path=/',
            'access-control-allow-origin': '*',
            'retry-after': '3',
          },
        })
      },
    })
    const answer = await instance.handle(
      new Request('http://localhost:3000/api/ibex/v1.2/auth/sign-in?wallet=passkeys', {
        headers: {
          'x-ibex-proxy': '1',
          accept: 'application/json',
          authorization: 'Bearer forged',
          'x-ibex-auth': 'Bearer forged',
          cookie: 'other=1',
          connection: 'keep-alive',
          'accept-encoding': 'gzip',
          origin: 'http://localhost:3000',
          'x-blockchain-id': '100',
        },
      }),
    )
    expect(await answer.json()).toEqual({ ok: true })
    for (const name of [
      'content-encoding',
      'content-length',
      'transfer-encoding',
      'connection',
      'keep-alive',
      'set-cookie',
      'access-control-allow-origin',
    ]) {
      expect(answer.headers.has(name), name).toBe(false)
    }
    expect(answer.headers.get('retry-after')).toBe('3')
    for (const name of ['authorization', 'x-ibex-auth', 'cookie', 'connection', 'origin']) {
      expect(seen?.has(name), name).toBe(false)
    }
    expect(seen?.get('x-blockchain-id')).toBe('100')
    expect(seen?.get('x-rpid')).toBe('localhost')
    expect(seen?.get('accept')).toBe('application/json')
  })

  test('a refresh IBEx refuses clears the cookie and signs every tab out', async () => {
    const harness = createProxyHarness()
    const [tabA, tabB] = [harness.tab(harness.proxy()), harness.tab(harness.proxy())]
    await signUp(tabA)
    await vi.waitFor(() => expect(tabB.session.getSnapshot().status).toBe('signed-in'))
    // IBEx forgets every token (as after a revocation): the refresh token is refused.
    harness.mock.reset()
    harness.clock.now += 2 * HOUR
    await expect(getBalances(tabA)).rejects.toMatchObject({ code: 'session/refresh-rejected' })
    expect(refreshesAtIbex(harness)).toBe(1)
    expect(harness.jar.has('ibex-session')).toBe(false)
    expect(tabA.session.getSnapshot().status).toBe('signed-out')
    await vi.waitFor(() => expect(tabB.session.getSnapshot().status).toBe('signed-out'))
  })

  test('sign-out clears the cookie; the next call is refused without reaching IBEx', async () => {
    const harness = createProxyHarness()
    const tab = harness.tab(harness.proxy(), { crossTab: false })
    await signUp(tab)
    await tab.signOut()
    expect(harness.jar.has('ibex-session')).toBe(false)
    const forwarded = harness.upstream.length
    await expect(getBalances(tab)).rejects.toMatchObject({ code: 'session/signed-out' })
    expect(harness.upstream.length).toBe(forwarded)
  })
})

describe('server session, initialState and prefetch', () => {
  test('getIbexSession, a server client and prefetchIbexBalances land under the browser keys; an expired token skips the prefetch without a refresh', async () => {
    const harness = createProxyHarness()
    const instance = harness.proxy()
    const tab = harness.tab(instance, { crossTab: false })
    const { user } = await signUp(tab)

    const session = await getIbexSession(harness.cookieHeader(), instance)
    expect(session).toEqual({
      user,
      expiresAt: tab.session.getSnapshot().expiresAt,
      issuedAt: expect.any(Number),
      sessionId: tab.session.getTokens()!.refreshToken,
    })
    expect(JSON.stringify(session)).not.toContain(realRefreshToken(harness))
    expect(JSON.stringify(session)).not.toContain(tab.session.getTokens()!.accessToken)

    const server = await createIbexServerClient(harness.cookieHeader(), instance)
    expect(server?.session.getServerSnapshot()).toMatchObject({ status: 'signed-in', user })
    const queryClient = new QueryClient()
    expect(await prefetchIbexBalances(queryClient, server)).toBe(true)
    // The browser client reads the same entry.
    const browserKey = balancesQueryOptions(tab).queryKey
    expect(queryClient.getQueryData(browserKey)).toEqual(await getBalances(tab))

    harness.clock.now += 2 * HOUR
    const forwarded = harness.upstream.length
    const late = await createIbexServerClient(harness.cookieHeader(), instance)
    expect(await prefetchIbexBalances(new QueryClient(), late)).toBe(false)
    await expect(getBalances(late!)).rejects.toMatchObject({ name: 'IbexSessionError' })
    expect(harness.upstream.length).toBe(forwarded)
    expect(refreshesAtIbex(harness)).toBe(0)
    expect(await createIbexServerClient('', instance)).toBeNull()
  })

  test('initialState: signed in from the first snapshot, on the server too; the access token is fetched from the proxy when needed', async () => {
    const harness = createProxyHarness()
    const instance = harness.proxy()
    const first = harness.tab(instance, { crossTab: false })
    await signUp(first)
    const session = await getIbexSession(harness.cookieHeader(), instance)

    const client = harness.tab(instance, { crossTab: false, initialState: { session } })
    expect(client.session.getSnapshot()).toMatchObject({ status: 'signed-in', user: session?.user })
    expect(client.session.getServerSnapshot()).toBe(client.session.getSnapshot())
    const requestsBefore = harness.browser.length
    expect(await client.getAccessToken()).toBe(first.session.getTokens()!.accessToken)
    expect(harness.browser.slice(requestsBefore).map((request) => request.url)).toEqual([
      'http://localhost:3000/api/ibex/session',
    ])

    const signedOut = createIbexClient({
      transport: 'proxy',
      baseUrl: '/api/ibex',
      crossTab: false,
      initialState: { session: null },
    })
    expect(signedOut.session.getServerSnapshot().status).toBe('signed-out')
    expect(signedOut.session.getSnapshot().status).toBe('signed-out')
    signedOut.destroy()
  })
})
