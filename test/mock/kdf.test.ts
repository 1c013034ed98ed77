import { describe, expect, it } from 'vitest'
import { base64ToBytes } from '../../src/core/utils/base64.ts'
import { createTestIbex, jwtClaims, randomAccount, randomNonce } from './createTestIbex.ts'

const signUpQuery = { wallet: 'kdf' }

async function signUp(ibex: ReturnType<typeof createTestIbex>, account = randomAccount()) {
  const begin = await ibex.call('GET', '/v1.2/auth/sign-up', { query: signUpQuery })
  const finish = await ibex.call('POST', '/v1.2/auth/sign-up', {
    body: await ibex.kdfProof(account, begin.body),
  })
  return { account, begin, finish, externalUserId: String(begin.body.externalUserId) }
}

describe('wallet=kdf', () => {
  it('signs up with a pending JWT and materials, then binds the key', async () => {
    const ibex = createTestIbex()
    const { account, begin, finish } = await signUp(ibex)

    expect(begin.status).toBe(200)
    expect(begin.body).toMatchObject({
      authMethod: 'PIN_KDF_PENDING',
      flow: 'pin-kdf',
      token_type: 'Bearer',
      expires_in: 3600,
      saltVersion: 1,
      kdf: { algo: 'argon2id', memory: 65536, iterations: 3, parallelism: 1 },
      kdfParamsVersion: 1,
      serverKeyId: 'pin-kdf-hmac-v1',
      emailValidationRequired: false,
      hasPasskey: false,
    })
    expect(base64ToBytes(String(begin.body.salt))).toHaveLength(16)
    expect(Date.parse(String(begin.body.challengeExpiresAt))).toBe(ibex.clock.now() + 300_000)
    expect(jwtClaims(String(begin.body.access_token))).toMatchObject({
      authMethod: 'PIN_KDF_PENDING',
      sub: begin.body.externalUserId,
    })

    expect(finish.status).toBe(200)
    expect(finish.body).toMatchObject({
      authMethod: 'PIN_KDF',
      flow: 'pin-kdf',
      hasPasskey: false,
      signerBound: true,
      signerVersion: 1,
      publicKey: account.address,
      subject: begin.body.externalUserId,
      issuer: 'localhost',
      audience: 'localhost',
      roles: ['USER'],
      chainId: 421614,
    })
    expect(Object.keys(finish.body.safeAddress as object).sort()).toEqual(['100', '421614', '8453'])
  })

  it('signs in with fresh materials and the same salt', async () => {
    const ibex = createTestIbex()
    const { account, begin, externalUserId } = await signUp(ibex)

    const materials = await ibex.call('GET', '/v1.2/auth/sign-in', {
      query: { wallet: 'kdf', externalUserId },
    })
    expect(materials.status).toBe(200)
    expect(materials.body).toMatchObject({ externalUserId, wallet: 'kdf', salt: begin.body.salt })
    expect(materials.body.challenge).not.toBe(begin.body.challenge)

    const signIn = await ibex.call('POST', '/v1.2/auth/sign-in', {
      body: await ibex.kdfProof(account, materials.body),
    })
    expect(signIn.status).toBe(200)
    expect(signIn.body).toMatchObject({
      authMethod: 'PIN_KDF',
      publicKey: account.address,
      subject: externalUserId,
    })
  })

  it('accepts the legacy flow=pin-kdf', async () => {
    const ibex = createTestIbex()
    const begin = await ibex.call('GET', '/v1.2/auth/sign-up', { query: { flow: 'pin-kdf' } })
    expect(begin.body.authMethod).toBe('PIN_KDF_PENDING')
    const { wallet: _wallet, ...proof } = await ibex.kdfProof(randomAccount(), begin.body)
    const finish = await ibex.call('POST', '/v1.2/auth/sign-up', {
      body: { ...proof, flow: 'pin-kdf' },
    })
    expect(finish.body.authMethod).toBe('PIN_KDF')
  })

  it('refuses a wrong PIN (a valid signature by another key) with SIGNER_MISMATCH', async () => {
    const ibex = createTestIbex()
    const { externalUserId } = await signUp(ibex)
    const materials = await ibex.call('GET', '/v1.2/auth/sign-in', {
      query: { wallet: 'kdf', externalUserId },
    })
    const wrongKey = randomAccount()
    const signIn = await ibex.call('POST', '/v1.2/auth/sign-in', {
      body: await ibex.kdfProof(wrongKey, materials.body),
    })
    expect(signIn.status).toBe(401)
    expect(signIn.body.error_code).toBe('SIGNER_MISMATCH')
  })

  it('refuses a signature that does not recover to publicKey', async () => {
    const ibex = createTestIbex()
    const { account, externalUserId } = await signUp(ibex)
    const materials = await ibex.call('GET', '/v1.2/auth/sign-in', {
      query: { wallet: 'kdf', externalUserId },
    })
    const body = await ibex.kdfProof(randomAccount(), materials.body, {
      publicKey: account.address,
    })
    const signIn = await ibex.call('POST', '/v1.2/auth/sign-in', { body })
    expect(signIn.body).toMatchObject({ error_code: 'INVALID_SIGNATURE' })
    expect(signIn.status).toBe(400)
  })

  it('refuses a tampered serverSignature', async () => {
    const ibex = createTestIbex()
    const begin = await ibex.call('GET', '/v1.2/auth/sign-up', { query: signUpQuery })
    const body = await ibex.kdfProof(randomAccount(), begin.body)
    const finish = await ibex.call('POST', '/v1.2/auth/sign-up', {
      body: {
        ...body,
        serverSignature: String(body.serverSignature).replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
      },
    })
    expect(finish.body.error_code).toBe('INVALID_SIGNATURE')
  })

  it('refuses a reused challenge with CHALLENGE_USED', async () => {
    const ibex = createTestIbex()
    const { account, externalUserId } = await signUp(ibex)
    const materials = await ibex.call('GET', '/v1.2/auth/sign-in', {
      query: { wallet: 'kdf', externalUserId },
    })
    const first = await ibex.call('POST', '/v1.2/auth/sign-in', {
      body: await ibex.kdfProof(account, materials.body),
    })
    expect(first.status).toBe(200)
    const again = await ibex.call('POST', '/v1.2/auth/sign-in', {
      body: await ibex.kdfProof(account, materials.body),
    })
    expect(again.body.error_code).toBe('CHALLENGE_USED')
  })

  it('refuses an expired challenge with EXPIRED', async () => {
    const ibex = createTestIbex()
    const begin = await ibex.call('GET', '/v1.2/auth/sign-up', { query: signUpQuery })
    ibex.clock.advance(300_001)
    const finish = await ibex.call('POST', '/v1.2/auth/sign-up', {
      body: await ibex.kdfProof(randomAccount(), begin.body),
    })
    expect(finish.body.error_code).toBe('EXPIRED')
  })

  it('refuses a timestamp more than 5 minutes off with CLOCK_SKEW', async () => {
    const ibex = createTestIbex()
    const begin = await ibex.call('GET', '/v1.2/auth/sign-up', { query: signUpQuery })
    const skewed = await ibex.call('POST', '/v1.2/auth/sign-up', {
      body: await ibex.kdfProof(randomAccount(), begin.body, {
        timestamp: ibex.clock.now() - 300_001,
      }),
    })
    expect(skewed.body.error_code).toBe('CLOCK_SKEW')
  })

  it('accepts a timestamp just under 5 minutes off', async () => {
    const ibex = createTestIbex()
    const begin = await ibex.call('GET', '/v1.2/auth/sign-up', { query: signUpQuery })
    const finish = await ibex.call('POST', '/v1.2/auth/sign-up', {
      body: await ibex.kdfProof(randomAccount(), begin.body, {
        timestamp: ibex.clock.now() + 299_000,
      }),
    })
    expect(finish.status).toBe(200)
  })

  it('refuses a replayed nonce on a fresh challenge with STALE_NONCE', async () => {
    const ibex = createTestIbex()
    const { account, externalUserId } = await signUp(ibex)
    const nonce = randomNonce()
    const first = await ibex.call('GET', '/v1.2/auth/sign-in', {
      query: { wallet: 'kdf', externalUserId },
    })
    const ok = await ibex.call('POST', '/v1.2/auth/sign-in', {
      body: await ibex.kdfProof(account, first.body, { nonce }),
    })
    expect(ok.status).toBe(200)
    const second = await ibex.call('GET', '/v1.2/auth/sign-in', {
      query: { wallet: 'kdf', externalUserId },
    })
    const replay = await ibex.call('POST', '/v1.2/auth/sign-in', {
      body: await ibex.kdfProof(account, second.body, { nonce }),
    })
    expect(replay.body.error_code).toBe('STALE_NONCE')
  })

  it('refuses to bind a second key to a signed-up user with CONFLICT', async () => {
    const ibex = createTestIbex()
    const begin = await ibex.call('GET', '/v1.2/auth/sign-up', { query: signUpQuery })
    const account = randomAccount()
    await ibex.call('POST', '/v1.2/auth/sign-up', {
      body: await ibex.kdfProof(account, begin.body),
    })
    const rebind = await ibex.call('POST', '/v1.2/auth/sign-up', {
      body: await ibex.kdfProof(randomAccount(), begin.body),
    })
    expect(rebind.status).toBe(409)
    expect(rebind.body.error_code).toBe('CONFLICT')
  })

  it('answers USER_NOT_FOUND for an unknown user at sign-in', async () => {
    const ibex = createTestIbex()
    const response = await ibex.call('GET', '/v1.2/auth/sign-in', {
      query: { wallet: 'kdf', externalUserId: '00000000-0000-4000-8000-000000000000' },
    })
    expect(response.status).toBe(404)
    expect(response.body.error_code).toBe('USER_NOT_FOUND')
  })
})
