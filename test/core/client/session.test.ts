import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { IbexSessionError } from '../../../src/core/errors/IbexSessionError.ts'
import type { IbexSessionSnapshot } from '../../../src/core/session/IbexSessionSnapshot.ts'
import {
  BASE_URL,
  createTokenAuthority,
  fakeJwt,
  SAFE,
  signInBody,
  clientsForEachTest,
  startMswServer,
} from './fakeIbex.ts'

const server = startMswServer()
const makeClient = clientsForEachTest()

afterEach(() => {
  vi.useRealTimers()
})

describe('applying auth responses', () => {
  test('passkeys: user from the body, expiry from the earlier of expires_in and exp, tokens kept out of the snapshot', async () => {
    const now = 1_800_000_000_000
    const client = makeClient({ now: () => now })
    const body = {
      ...signInBody({ now, lifetimeS: 3600 }),
      // The JWT says 1 h but expires_in says 10 min: the earlier wins.
      expires_in: 600,
      eoaAddress: SAFE,
      eoaAddresses: [{ type: 'EVM', address: SAFE, extra: 1 }],
    }
    const user = await client.session.applyAuthResponse(body)
    expect(user).toEqual({
      externalUserId: 'user-1',
      authMethod: 'PASSKEY',
      safeAddresses: body.safeAddress,
      eoaAddress: SAFE,
      eoaAddresses: [{ type: 'EVM', address: SAFE }],
      chainId: 421614,
      hasPasskey: true,
      prfCapable: true,
    })
    const snapshot = client.session.getSnapshot()
    expect(snapshot).toEqual({ status: 'signed-in', user, expiresAt: now + 600_000 })
    expect(JSON.stringify(snapshot)).not.toContain(body.access_token)
    expect(client.session.getTokens()).toEqual({
      accessToken: body.access_token,
      refreshToken: body.refresh_token,
      expiresAt: now + 600_000,
    })
    // The JWT exp wins when it is earlier.
    const shortJwt = {
      ...body,
      access_token: fakeJwt({ sub: 'user-1', exp: now / 1000 + 60 }),
      expires_in: 3600,
    }
    await client.session.applyAuthResponse(shortJwt)
    expect(client.session.getSnapshot().expiresAt).toBe(now + 60_000)
  })

  test('kdf and email bodies; the user id falls back to the JWT sub', async () => {
    const client = makeClient()
    const exp = Math.floor(Date.now() / 1000) + 3600
    const kdf = await client.session.applyAuthResponse(
      {
        access_token: fakeJwt({ sub: 'pin-user', exp }),
        refresh_token: fakeJwt({ sub: 'pin-user', exp: exp + 86_400 }),
        token_type: 'Bearer',
        expires_in: 3600,
        authMethod: 'PIN_KDF',
        hasPasskey: false,
        flow: 'pin-kdf',
        signerBound: true,
        publicKey: '0xaa53E8Bf3d8EDBd249a0af282b99F101B36ADFE8',
        safeAddress: { '421614': SAFE },
      },
      { wallet: 'kdf' },
    )
    expect(kdf).toMatchObject({
      externalUserId: 'pin-user',
      authMethod: 'PIN_KDF',
      hasPasskey: false,
      prfCapable: false,
      publicKey: '0xaa53E8Bf3d8EDBd249a0af282b99F101B36ADFE8',
      chainId: 421614,
    })
    const email = await client.session.applyAuthResponse(
      {
        access_token: fakeJwt({ sub: 'mail-user', exp }),
        refresh_token: fakeJwt({ sub: 'mail-user', exp: exp + 86_400 }),
        expires_in: 3600,
        safeAddress: { '421614': SAFE },
      },
      { wallet: 'email' },
    )
    expect(email).toMatchObject({
      externalUserId: 'mail-user',
      authMethod: 'EMAIL',
      hasPasskey: false,
    })
  })

  test('7702: the EOA is the Safe on the delegated chain, whose implementation is kept', async () => {
    const client = makeClient()
    const exp = Math.floor(Date.now() / 1000) + 3600
    const user = await client.session.applyAuthResponse(
      {
        access_token: fakeJwt({ sub: 'eoa-user', exp }),
        refresh_token: fakeJwt({ sub: 'eoa-user', exp: exp + 86_400 }),
        safe: SAFE,
        delegation: {
          implementation: '0x29fcB43b46531BcA003ddC8FCB67FFE91900C762',
          chainId: 11155111,
        },
      },
      { wallet: '7702' },
    )
    expect(user).toEqual({
      externalUserId: 'eoa-user',
      authMethod: 'EOA_7702',
      safeAddresses: { '11155111': SAFE },
      eoaAddress: SAFE,
      chainId: 11155111,
      hasPasskey: false,
      prfCapable: false,
      walletMode: 'EOA_7702',
      delegations: { '11155111': '0x29fcB43b46531BcA003ddC8FCB67FFE91900C762' },
    })
    expect(client.session.getSnapshot().expiresAt).toBe(exp * 1000)
  })

  test('a sparse refresh body keeps the user fields; the snapshot user keeps its identity', async () => {
    const authority = createTokenAuthority()
    server.use(...authority.handlers)
    const client = makeClient({ crossTab: false })
    await client.session.applyAuthResponse(authority.issue())
    const before = client.session.getSnapshot()
    await client.refresh()
    const after = client.session.getSnapshot()
    expect(after.user).toBe(before.user)
    expect(after.user?.safeAddresses['421614']).toBe(SAFE)
    expect(client.session.getTokens()?.accessToken).toBe(authority.state.lastPair?.access_token)
  })

  test('snapshots are stable between changes; onSessionChange hears each change once', async () => {
    const changes: IbexSessionSnapshot[] = []
    const client = makeClient({ onSessionChange: (snapshot) => changes.push(snapshot) })
    const signedOut = client.session.getSnapshot()
    expect(signedOut.status).toBe('signed-out')
    expect(client.session.getSnapshot()).toBe(signedOut)
    expect(client.session.getServerSnapshot().status).toBe('loading')
    await client.session.applyAuthResponse(signInBody())
    expect(client.session.getSnapshot()).toBe(client.session.getSnapshot())
    await client.signOut()
    expect(changes.map((s) => s.status)).toEqual(['signed-in', 'signed-out'])
    expect(client.session.getTokens()).toBeNull()
  })
})

describe('refresh', () => {
  test('10 concurrent authenticated requests with an expired access token make exactly 1 refresh', async () => {
    const authority = createTokenAuthority()
    server.use(...authority.handlers)
    const client = makeClient()
    await client.session.applyAuthResponse(authority.issue('user-1', -60))
    const results = await Promise.all(
      Array.from({ length: 10 }, () => client.request({ path: '/v1.2/users/me' })),
    )
    expect(authority.state.refreshCalls).toBe(1)
    expect(authority.state.meCalls).toBe(10)
    const fresh = authority.state.lastPair?.access_token
    expect(results).toEqual(Array(10).fill({ ok: true, token: fresh }))
  })

  test('a token inside the proactive window is refreshed before the call', async () => {
    const authority = createTokenAuthority()
    server.use(...authority.handlers)
    let now = Date.now()
    const client = makeClient({ crossTab: false, now: () => now })
    await client.session.applyAuthResponse(authority.issue('user-1', 3600))
    now += 54 * 60_000
    await client.request({ path: '/v1.2/users/me' })
    expect(authority.state.refreshCalls).toBe(0)
    now += 2 * 60_000 // 4 min left: inside the 5 min window
    await client.request({ path: '/v1.2/users/me' })
    expect(authority.state.refreshCalls).toBe(1)
  })

  test('short-lived tokens are not refreshed on every call (window capped at half the lifetime)', async () => {
    const authority = createTokenAuthority()
    server.use(...authority.handlers)
    let now = Date.now()
    const client = makeClient({ crossTab: false, now: () => now })
    await client.session.applyAuthResponse(authority.issue('user-1', 120))
    now += 50_000
    await client.request({ path: '/v1.2/users/me' })
    expect(authority.state.refreshCalls).toBe(0)
    now += 20_000
    await client.request({ path: '/v1.2/users/me' })
    expect(authority.state.refreshCalls).toBe(1)
  })

  test('the proactive timer refreshes about 5 minutes before expiry', async () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    })
    const authority = createTokenAuthority()
    server.use(...authority.handlers)
    const client = makeClient()
    await client.session.applyAuthResponse(authority.issue('user-1', 3600))
    await vi.advanceTimersByTimeAsync(54 * 60_000)
    expect(authority.state.refreshCalls).toBe(0)
    await vi.advanceTimersByTimeAsync(60_000 + 1_000)
    await vi.waitFor(() => expect(authority.state.refreshCalls).toBe(1))
    await vi.waitFor(() =>
      expect(client.session.getTokens()?.accessToken).toBe(authority.state.lastPair?.access_token),
    )
    // Signing out cancels the next timer.
    await client.signOut()
    await vi.advanceTimersByTimeAsync(2 * 3600_000)
    expect(authority.state.refreshCalls).toBe(1)
  })

  test('a rejected refresh token signs out and throws session/refresh-rejected', async () => {
    const authority = createTokenAuthority()
    server.use(...authority.handlers)
    const client = makeClient({ crossTab: false })
    const pair = authority.issue('user-1', -60)
    await client.session.applyAuthResponse(pair)
    authority.spend(pair.refresh_token)
    const error = await client.request({ path: '/v1.2/users/me' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(IbexSessionError)
    expect(error).toMatchObject({ code: 'session/refresh-rejected' })
    expect(client.session.getSnapshot().status).toBe('signed-out')
    expect(authority.state.meCalls).toBe(0)
  })

  test('a refresh that fails for another reason keeps the session', async () => {
    server.use(
      http.post(`${BASE_URL}/v1.2/auth/refresh`, () => HttpResponse.json({}, { status: 500 })),
    )
    const client = makeClient({ crossTab: false })
    await client.session.applyAuthResponse(signInBody())
    await expect(client.refresh()).rejects.toMatchObject({ code: 'http/server-error' })
    expect(client.session.getSnapshot().status).toBe('signed-in')
  })
})
