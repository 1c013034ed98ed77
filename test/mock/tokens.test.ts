import { describe, expect, it } from 'vitest'
import { base64ToBytes } from '../../src/core/utils/base64.ts'
import { createTestIbex, jwtClaims, randomAccount } from './createTestIbex.ts'

async function signedUp(ibex: ReturnType<typeof createTestIbex>) {
  const begin = await ibex.call('GET', '/v1.2/auth/sign-up', { query: { wallet: 'kdf' } })
  const finish = await ibex.call('POST', '/v1.2/auth/sign-up', {
    body: await ibex.kdfProof(randomAccount(), begin.body),
  })
  return finish.body
}

function refresh(ibex: ReturnType<typeof createTestIbex>, token: unknown, rpId = 'localhost') {
  return ibex.call('POST', '/v1.2/auth/refresh', { rpId, body: { refresh_token: token } })
}

describe('tokens', () => {
  it('issues HS256 JWTs with iss = aud = rpId, sub, sid, roles and a 1 h / 24 h life', async () => {
    const ibex = createTestIbex()
    const session = await signedUp(ibex)
    const header = JSON.parse(
      new TextDecoder().decode(base64ToBytes(String(session.access_token).split('.')[0] ?? '')),
    )
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT' })
    const access = jwtClaims(String(session.access_token))
    expect(access).toMatchObject({
      iss: 'localhost',
      aud: 'localhost',
      sub: session.subject,
      roles: ['USER'],
      typ: 'access',
    })
    expect(typeof access.sid).toBe('string')
    expect(Number(access.exp) - Number(access.iat)).toBe(3600)
    const refreshClaims = jwtClaims(String(session.refresh_token))
    expect(Number(refreshClaims.exp) - Number(refreshClaims.iat)).toBe(86_400)
  })

  it('rotates the pair on refresh and refuses the used refresh token', async () => {
    const ibex = createTestIbex()
    const session = await signedUp(ibex)
    const rotated = await refresh(ibex, session.refresh_token)
    expect(rotated.status).toBe(200)
    expect(rotated.body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3600,
      issuer: 'localhost',
      audience: 'localhost',
      subject: session.subject,
      roles: ['USER'],
      authMethod: 'PIN_KDF',
      publicKey: session.publicKey,
    })
    expect(rotated.body.refresh_token).not.toBe(session.refresh_token)

    const replay = await refresh(ibex, session.refresh_token)
    expect(replay.status).toBe(401)
    expect(replay.body.error_code).toBe('REFRESH_INVALID')
    expect((await refresh(ibex, rotated.body.refresh_token)).status).toBe(200)
  })

  it('allows a late refresh, refuses one after 24 h, a foreign tenant and garbage', async () => {
    const ibex = createTestIbex({ rpIds: ['example.com'] })
    const session = await signedUp(ibex)
    ibex.clock.advance(3601_000)
    const late = await refresh(ibex, session.refresh_token)
    expect(late.status).toBe(200)

    expect((await refresh(ibex, late.body.refresh_token, 'example.com')).body.error_code).toBe(
      'REFRESH_INVALID',
    )
    expect((await refresh(ibex, 'not.a.jwt')).body.error_code).toBe('REFRESH_INVALID')
    expect((await refresh(ibex, session.access_token)).body.error_code).toBe('REFRESH_INVALID')

    ibex.clock.advance(86_400_000)
    expect((await refresh(ibex, late.body.refresh_token)).status).toBe(401)
  })

  it('refuses a pending sign-up token and accepts X-IBEx-Auth on JWT routes', async () => {
    const ibex = createTestIbex()
    const pending = await ibex.call('GET', '/v1.2/auth/sign-up', { query: { wallet: 'kdf' } })
    const refused = await ibex.call('GET', '/v1.2/auth/sign-in/data/x', {
      headers: { authorization: `Bearer ${String(pending.body.access_token)}` },
    })
    expect(refused.status).toBe(401)
    expect(refused.body.error_code).toBe('UNAUTHORIZED')

    const session = await signedUp(ibex)
    const viaHeader = await ibex.call('GET', '/v1.2/auth/sign-in/data/x', {
      headers: { 'X-IBEx-Auth': `Bearer ${String(session.access_token)}` },
    })
    expect(viaHeader.status).toBe(404)
    const missing = await ibex.call('GET', '/v1.2/auth/sign-in/data/x')
    expect(missing.status).toBe(401)
  })

  it('refuses an expired access token', async () => {
    const ibex = createTestIbex()
    const session = await signedUp(ibex)
    ibex.clock.advance(3600_001)
    const response = await ibex.call('GET', '/v1.2/auth/sign-in/data/x', {
      headers: { authorization: `Bearer ${String(session.access_token)}` },
    })
    expect(response.status).toBe(401)
  })
})
