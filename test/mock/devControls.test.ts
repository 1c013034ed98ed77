import { describe, expect, it, vi } from 'vitest'
import { createTestIbex, jwtClaims, randomAccount } from './createTestIbex.ts'

const signUpGet = ['GET', '/v1.2/auth/sign-up', { query: { wallet: 'kdf' } }] as const

describe('dev controls and faults', () => {
  it('answers /health, even in maintenance', async () => {
    const ibex = createTestIbex()
    ibex.mock.setFaults({ maintenance: true })
    const health = await ibex.call('GET', '/health', { rpId: null })
    expect(health.status).toBe(200)
    expect(health.body).toEqual({
      status: 'ok',
      timestamp: new Date(ibex.clock.now()).toISOString(),
    })
  })

  it('answers the exact maintenance 503 body until maintenance is lifted', async () => {
    const ibex = createTestIbex()
    const set = await ibex.call('POST', '/__mock/faults', {
      rpId: null,
      body: { maintenance: { message: 'Back at 14:00' } },
    })
    expect(set.body.maintenance).toEqual({
      since: new Date(ibex.clock.now()).toISOString(),
      message: 'Back at 14:00',
    })
    const down = await ibex.call(...signUpGet)
    expect(down.status).toBe(503)
    expect(down.body).toEqual({
      status: 'maintenance',
      service: 'IBEXFIAPI',
      since: new Date(ibex.clock.now()).toISOString(),
      message: 'Back at 14:00',
    })
    await ibex.call('POST', '/__mock/faults', { rpId: null, body: { maintenance: false } })
    expect((await ibex.call(...signUpGet)).status).toBe(200)
  })

  it('answers a burst of 429 with Retry-After, then recovers', async () => {
    const ibex = createTestIbex()
    await ibex.call('POST', '/__mock/faults', {
      rpId: null,
      body: { rateLimit: { count: 2, retryAfter: 7 } },
    })
    for (let i = 0; i < 2; i++) {
      const limited = await ibex.call(...signUpGet)
      expect(limited.status).toBe(429)
      expect(limited.headers.get('retry-after')).toBe('7')
      expect(limited.body.error_code).toBe('RATE_LIMITED')
    }
    expect((await ibex.call(...signUpGet)).status).toBe(200)
  })

  it('injects server errors at the given rate', async () => {
    const ibex = createTestIbex()
    ibex.mock.setFaults({ errorRate: 1 })
    const failed = await ibex.call(...signUpGet)
    expect(failed.status).toBe(500)
    expect(failed.body.error_code).toBe('INTERNAL')
    ibex.mock.setFaults({ errorRate: 0 })
    expect((await ibex.call(...signUpGet)).status).toBe(200)
  })

  it('waits latencyMs before answering', async () => {
    const sleep = vi.fn(() => Promise.resolve())
    const ibex = createTestIbex({ sleep })
    ibex.mock.setFaults({ latencyMs: 250 })
    await ibex.call(...signUpGet)
    expect(sleep).toHaveBeenCalledWith(250)
    await ibex.call('GET', '/__mock/faults', { rpId: null })
    expect(sleep).toHaveBeenCalledTimes(1)
  })

  it('shortens access tokens with accessTokenTtl', async () => {
    const ibex = createTestIbex()
    ibex.mock.setFaults({ accessTokenTtl: 60 })
    const begin = await ibex.call(...signUpGet)
    expect(begin.body.expires_in).toBe(60)
    const claims = jwtClaims(String(begin.body.access_token))
    expect(Number(claims.exp) - Number(claims.iat)).toBe(60)
  })

  it('validates a faults patch', async () => {
    const ibex = createTestIbex()
    const response = await ibex.call('POST', '/__mock/faults', {
      rpId: null,
      body: { errorRate: 2 },
    })
    expect(response.status).toBe(400)
    expect(response.body.error_code).toBe('VALIDATION')
  })

  it('reads the outbox and forgets everything on reset', async () => {
    const ibex = createTestIbex()
    await ibex.call('GET', '/v1.2/auth/sign-up', { query: { wallet: 'email', email: 'a@b.test' } })
    const entry = await ibex.call('GET', '/__mock/outbox', {
      rpId: null,
      query: { email: 'A@b.test' },
    })
    expect(entry.body).toMatchObject({ email: 'a@b.test', rpId: 'localhost' })
    expect(Object.keys(entry.body).sort()).toEqual([
      'code',
      'email',
      'expiresAt',
      'externalUserId',
      'rpId',
      'sentAt',
    ])
    expect(
      (await ibex.call('GET', '/__mock/outbox', { rpId: null, query: { email: 'x@y.test' } }))
        .status,
    ).toBe(404)

    const begin = await ibex.call(...signUpGet)
    await ibex.call('POST', '/v1.2/auth/sign-up', {
      body: await ibex.kdfProof(randomAccount(), begin.body),
    })
    ibex.mock.setFaults({ latencyMs: 5 })
    expect((await ibex.call('POST', '/__mock/reset', { rpId: null })).status).toBe(200)
    expect(ibex.mock.faults().latencyMs).toBe(0)
    expect(ibex.mock.outbox('a@b.test')).toBeUndefined()
    const gone = await ibex.call('GET', '/v1.2/auth/sign-in', {
      query: { wallet: 'kdf', externalUserId: String(begin.body.externalUserId) },
    })
    expect(gone.status).toBe(404)
  })

  it('answers 404 for unknown routes and 400 for a body that is not JSON', async () => {
    const ibex = createTestIbex()
    expect((await ibex.call('GET', '/v1.2/nope')).body).toMatchObject({ error_code: 'NOT_FOUND' })
    const bad = await ibex.call('POST', '/v1.2/auth/refresh', { body: '{oops' })
    expect(bad.status).toBe(400)
    expect(bad.body.error_code).toBe('VALIDATION')
  })

  it('makes ids deterministic with a seed', async () => {
    const first = createTestIbex({ seed: 'same' })
    const second = createTestIbex({ seed: 'same' })
    const a = await first.call(...signUpGet)
    const b = await second.call(...signUpGet)
    expect(a.body.externalUserId).toBe(b.body.externalUserId)
    expect(a.body.salt).toBe(b.body.salt)
    const unseeded = await createTestIbex({ seed: undefined }).call(...signUpGet)
    expect(unseeded.body.externalUserId).not.toBe(a.body.externalUserId)
  })
})
