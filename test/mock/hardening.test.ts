// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { startMockIbexServer } from '../../src/mock/node/startMockIbexServer.ts'
import { createMockIbex } from '../../src/mock/createMockIbex.ts'
import { maxOtpAttempts } from '../../src/mock/modes/email/verifyOtp.ts'
import { mockPruneCaps } from '../../src/mock/state/pruneMockState.ts'
import { createTestIbex, randomAccount } from './createTestIbex.ts'
import { signUpKeyUser } from './walletUsers.ts'

const oneMiB = 1_048_576

describe('request bodies', () => {
  it('refuses a body over 1 MiB with 413, in process and over HTTP, and reads one under it', async () => {
    const ibex = createTestIbex()
    const big = JSON.stringify({ padding: 'x'.repeat(oneMiB) })
    const refused = await ibex.call('POST', '/v1.2/auth/sign-up', { body: big })
    expect(refused.status).toBe(413)
    expect(refused.body.error_code).toBe('PAYLOAD_TOO_LARGE')
    const fine = await ibex.call('POST', '/v1.2/auth/refresh', {
      body: JSON.stringify({ refresh_token: 'x', padding: 'x'.repeat(oneMiB - 100) }),
    })
    expect(fine.status).toBe(401)

    const server = await startMockIbexServer({ port: 0 })
    try {
      const response = await fetch(`${server.url}/v1.2/auth/sign-up?rpId=localhost`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: 'x'.repeat(50 * oneMiB),
      })
      expect(response.status).toBe(413)
      expect(await response.json()).toMatchObject({ error_code: 'PAYLOAD_TOO_LARGE' })
    } finally {
      await server.close()
    }
  })

  it('refuses a declared content-length over the limit without reading the body', async () => {
    const mock = createMockIbex()
    const request = new Request('http://ibex.test/v1.2/auth/refresh', {
      method: 'POST',
      headers: { 'content-length': String(oneMiB + 1), 'x-rpid': 'localhost' },
      body: '{}',
    })
    expect((await mock.handle(request)).status).toBe(413)
  })
})

describe('hostile names', () => {
  it.each([
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'valueOf',
    '__defineGetter__',
  ])('answers wallet=%s with 400, in the query and in the body', async (name) => {
    const ibex = createTestIbex()
    for (const path of ['/v1.2/auth/sign-up', '/v1.2/auth/sign-in']) {
      const query = await ibex.call('GET', path, { query: { wallet: name } })
      expect(query.status).toBe(400)
      expect(query.body.error_code).toBe('VALIDATION')
      const body = await ibex.call('POST', path, { body: { wallet: name } })
      expect(body.status).toBe(400)
    }
  })

  it('answers malformed percent-encoding in the path with 400, not 500', async () => {
    const ibex = createTestIbex()
    const user = await signUpKeyUser(ibex)
    for (const path of [
      '/v1.2/auth/sign-in/data/%ZZ',
      '/v1.2/safes/operations/%E0%A4%A',
      '/v1.2/users/%/tokens',
    ]) {
      const response = await ibex.call('GET', path, { headers: user.headers })
      expect(response.status, path).toBeGreaterThanOrEqual(400)
      expect(response.status, path).toBeLessThan(500)
    }
    const sure = await ibex.call('GET', '/v1.2/auth/sign-in/data/%ZZ')
    expect(sure.status).toBe(400)
    expect(String(sure.body.message)).toContain('percent-encoding')
  })
})

describe('email codes', () => {
  it(`burns a code after ${maxOtpAttempts} wrong guesses: 429 even for the right one, until a new code`, async () => {
    const ibex = createTestIbex()
    const email = 'burn@example.com'
    const begin = await ibex.call('GET', '/v1.2/auth/sign-up', {
      query: { wallet: 'email', email },
    })
    const externalUserId = String(begin.body.externalUserId)
    const code = String(ibex.mock.outbox(email)?.code)
    const wrong = code === '000000' ? '111111' : '000000'
    const statuses: number[] = []
    for (let attempt = 0; attempt < maxOtpAttempts; attempt += 1) {
      const answer = await ibex.call('POST', '/v1.2/auth/email/recover', {
        body: { externalUserId, emailOtp: wrong },
      })
      statuses.push(answer.status)
    }
    expect(statuses).toEqual([400, 400, 400, 400, 429])
    const right = await ibex.call('POST', '/v1.2/auth/email/recover', {
      body: { externalUserId, emailOtp: code },
    })
    expect(right.status).toBe(429)
    expect(right.body.error_code).toBe('RATE_LIMITED')

    // A burnt code does not block a resend: the new code works.
    const resend = await ibex.call('GET', '/v1.2/auth/sign-up', {
      query: { wallet: 'email', email },
    })
    expect(resend.status).toBe(200)
    const ok = await ibex.call('POST', '/v1.2/auth/email/recover', {
      body: { externalUserId, emailOtp: String(ibex.mock.outbox(email)?.code) },
    })
    expect(ok.status).toBe(200)
  })
})

describe('fault settings', () => {
  it.each([
    [{ latencyMs: 2 ** 31 }, 'latencyMs'],
    [{ latencyMs: -1 }, 'latencyMs'],
    [{ latencyMs: '100' }, 'latencyMs'],
    [{ latencyMs: 1.5 }, 'latencyMs'],
    [{ errorRate: 2 }, 'errorRate'],
    [{ rateLimit: 3 }, 'rateLimit'],
    [{ rateLimit: { count: 'many' } }, 'rateLimit.count'],
    [{ rateLimit: { count: 1, retryAfter: -5 } }, 'rateLimit.retryAfter'],
    [{ maintenance: 'yes' }, 'maintenance'],
    [{ maintenance: { message: 42 } }, 'maintenance.message'],
    [{ maintenance: { since: 'yesterday' } }, 'maintenance.since'],
    [{ accessTokenTtl: 'soon' }, 'accessTokenTtl'],
    [{ failNextOperation: 'true' }, 'failNextOperation'],
    [{ latncyMs: 10 }, 'latncyMs'],
  ])('refuses %j with a 400 naming %s, and changes nothing', async (patch, field) => {
    const ibex = createTestIbex()
    ibex.mock.setFaults({ latencyMs: 0, errorRate: 0 })
    const before = JSON.stringify(ibex.mock.faults())
    const response = await ibex.call('POST', '/__mock/faults', { rpId: null, body: patch })
    expect(response.status).toBe(400)
    expect(String(response.body.message)).toContain(field)
    expect(JSON.stringify(ibex.mock.faults())).toBe(before)
  })

  it('accepts the largest latency a timer can wait', async () => {
    const ibex = createTestIbex()
    const response = await ibex.call('POST', '/__mock/faults', {
      rpId: null,
      body: { latencyMs: 2 ** 31 - 1, maintenance: { message: 'Back soon' } },
    })
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ latencyMs: 2 ** 31 - 1 })
  })
})

describe('dev controls (/__mock/*)', () => {
  it('answer loopback clients, refuse other peers and pages of other origins', async () => {
    const mock = createMockIbex({ allowedOrigins: ['http://localhost:5173'] })
    const outbox = (init: RequestInit = {}, remoteAddress?: string) =>
      mock.handle(new Request('http://ibex.test/__mock/outbox', init), { remoteAddress })
    expect((await outbox()).status).toBe(200)
    expect((await outbox({}, '127.0.0.1')).status).toBe(200)
    expect((await outbox({}, '::ffff:127.0.0.1')).status).toBe(200)
    expect((await outbox({}, '::1')).status).toBe(200)
    expect((await outbox({ headers: { origin: 'http://localhost:5173' } }, '::1')).status).toBe(200)
    expect((await outbox({ headers: { origin: 'http://ibex.test' } }, '::1')).status).toBe(200)
    expect((await outbox({}, '10.0.0.7')).status).toBe(403)
    // Another page on this machine, even on localhost, does not read the codes.
    for (const origin of ['http://localhost:3000', 'https://evil.example', 'null']) {
      expect((await outbox({ headers: { origin } }, '127.0.0.1')).status, origin).toBe(403)
    }
    // In process (MSW), the caller is the page or test that holds the mock.
    expect((await outbox({ headers: { origin: 'http://localhost:3000' } })).status).toBe(200)
    // The IBEx routes themselves are not restricted.
    const health = await mock.handle(new Request('http://ibex.test/health'), {
      remoteAddress: '10.0.0.7',
    })
    expect(health.status).toBe(200)
  })

  it('with a devToken, answer whoever sends it and nobody else', async () => {
    const mock = createMockIbex({ devToken: 's3cret' })
    const reset = (headers: Record<string, string>, remoteAddress?: string) =>
      mock.handle(new Request('http://ibex.test/__mock/reset', { method: 'POST', headers }), {
        remoteAddress,
      })
    expect((await reset({}, '127.0.0.1')).status).toBe(403)
    expect((await reset({ 'x-ibex-mock-token': 's3cre' })).status).toBe(403)
    expect((await reset({ 'x-ibex-mock-token': 's3cret' }, '10.0.0.7')).status).toBe(200)
  })
})

describe('expireSession', () => {
  it('expires the access tokens already issued to one user; refresh still works unless revoked', async () => {
    const ibex = createTestIbex()
    const ada = await signUpKeyUser(ibex)
    const bob = await signUpKeyUser(ibex)
    const me = (headers: Record<string, string>) => ibex.call('GET', '/v1.2/users/me', { headers })
    expect((await me(ada.headers)).status).toBe(200)

    const result = await ibex.call('POST', '/__mock/expire-session', {
      rpId: null,
      body: { externalUserId: ada.externalUserId },
    })
    expect(result.status).toBe(200)
    // The pending token of the sign-up and the session's.
    expect(result.body).toMatchObject({ accessTokens: 2, refreshTokens: 0 })
    const expired = await me(ada.headers)
    expect(expired.status).toBe(401)
    expect(String(expired.body.message)).toContain('expired')
    expect((await me(bob.headers)).status).toBe(200)
    const check = await ibex.mock.verifyAccessToken(ada.accessToken, 'localhost')
    expect(check).toMatchObject({ ok: false, code: 'TOKEN_EXPIRED' })

    ibex.mock.expireSession('all', { refreshTokens: true })
    expect((await me(bob.headers)).status).toBe(401)
  })

  it('refuses a target that names nobody', async () => {
    const ibex = createTestIbex()
    for (const body of [{}, { email: 42 }, { all: 'yes' }, { refreshTokens: 'no', all: true }]) {
      const response = await ibex.call('POST', '/__mock/expire-session', { rpId: null, body })
      expect(response.status, JSON.stringify(body)).toBe(400)
    }
  })
})

describe('advanceTime', () => {
  it('moves the mock clock, so a challenge expires', async () => {
    const ibex = createTestIbex()
    const start = ibex.mock.now()
    const moved = await ibex.call('POST', '/__mock/time', {
      rpId: null,
      body: { advanceMs: 1000 },
    })
    expect(moved.body).toMatchObject({ now: start + 1000, offsetMs: 1000 })
    const account = randomAccount()
    const begin = await ibex.call('GET', '/v1.2/auth/sign-up', { query: { wallet: 'kdf' } })
    ibex.mock.advanceTime(301_000)
    const late = await ibex.call('POST', '/v1.2/auth/sign-up', {
      body: await ibex.kdfProof(account, begin.body, { timestamp: ibex.mock.now() }),
    })
    expect(late.status).toBe(400)
    expect(late.body.error_code).toBe('EXPIRED')
    for (const advanceMs of [-1, 1.5, '10', 10 ** 12]) {
      const refused = await ibex.call('POST', '/__mock/time', { rpId: null, body: { advanceMs } })
      expect(refused.status).toBe(400)
    }
  })
})

describe('memory', () => {
  it('keeps challenges and pending sign-ups bounded under thousands of sign-up GETs', async () => {
    const ibex = createTestIbex()
    for (let index = 0; index < 3000; index += 1) {
      const wallet = (['kdf', 'passkeys', 'email'] as const)[index % 3] ?? 'kdf'
      const query: Record<string, string> = { wallet }
      if (wallet === 'email') query.email = `user${index}@example.com`
      const response = await ibex.call('GET', '/v1.2/auth/sign-up', { query })
      expect(response.status).toBe(200)
    }
    await ibex.call('GET', '/health', { rpId: null })
    const tenant = ibex.mock.state.tenants.get('localhost')
    const pending = [...(tenant?.users.values() ?? [])].filter((user) => user.status === 'pending')
    // Pruned every 200 requests: at most one interval over each cap.
    expect(tenant?.challenges.size).toBeLessThanOrEqual(mockPruneCaps.challenges + 200)
    expect(pending.length).toBeLessThanOrEqual(mockPruneCaps.pendingUsers + 200)
    expect(ibex.mock.state.outbox.length).toBeLessThanOrEqual(mockPruneCaps.outbox + 200)

    // Past their life (plus the grace hour), they are all gone.
    ibex.clock.advance(3 * 3_600_000)
    await ibex.call('GET', '/health', { rpId: null })
    expect(tenant?.challenges.size).toBe(0)
    expect([...(tenant?.users.values() ?? [])].filter((user) => user.status === 'pending')).toEqual(
      [],
    )
  })
})
