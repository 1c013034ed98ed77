import { describe, expect, it } from 'vitest'
import { createTestIbex, randomAccount } from './createTestIbex.ts'

const email = 'Ada@Example.com'
const backup = {
  encryptedPrivateKey: 'c2VjcmV0LWNpcGhlcnRleHQ=',
  backupSalt: 'AQEBAQEBAQEBAQEBAQEBAQ==',
  backupKdf: {
    algo: 'argon2id',
    memory: 65536,
    iterations: 3,
    parallelism: 1,
    cipher: 'AES-256-GCM',
    iv: 'AAAAAAAAAAAAAAAA',
  },
}

async function outboxCode(ibex: ReturnType<typeof createTestIbex>, address = email) {
  const response = await ibex.call('GET', '/__mock/outbox', {
    rpId: null,
    query: { email: address },
  })
  return String(response.body.code)
}

async function signUp(ibex: ReturnType<typeof createTestIbex>, account = randomAccount()) {
  const begin = await ibex.call('GET', '/v1.2/auth/sign-up', { query: { wallet: 'email', email } })
  const externalUserId = String(begin.body.externalUserId)
  const recover = await ibex.call('POST', '/v1.2/auth/email/recover', {
    body: { externalUserId, emailOtp: await outboxCode(ibex) },
  })
  const finish = await ibex.call('POST', '/v1.2/auth/sign-up', {
    body: { ...(await ibex.emailProof(account, recover.body)), ...backup },
  })
  return { account, begin, recover, finish, externalUserId }
}

describe('wallet=email', () => {
  it('sends a 6-digit code, verifies it, and binds the key with the encrypted backup', async () => {
    const ibex = createTestIbex()
    const { account, begin, recover, finish, externalUserId } = await signUp(ibex)

    expect(begin.status).toBe(200)
    expect(begin.body).toMatchObject({
      authMethod: 'EMAIL_TOKEN_PENDING',
      flow: 'email',
      wallet: 'email',
      serverKeyId: 'email-token-hmac-v1',
      hasPasskey: false,
      emailOtpExpiresAt: new Date(ibex.clock.now() + 30_000).toISOString(),
    })
    expect(begin.body).not.toHaveProperty('emailOtp')
    const sent = ibex.mock.outbox('ada@example.com')
    expect(sent).toMatchObject({ email: 'ada@example.com', externalUserId, rpId: 'localhost' })
    expect(sent?.code).toMatch(/^\d{6}$/)

    expect(recover.status).toBe(200)
    expect(recover.body).toMatchObject({
      externalUserId,
      wallet: 'email',
      serverKeyId: 'email-token-hmac-v1',
    })
    expect(recover.body).not.toHaveProperty('encryptedPrivateKey')

    expect(finish.status).toBe(200)
    expect(finish.body).toMatchObject({
      authMethod: 'EMAIL',
      publicKey: account.address,
      signerBound: true,
      subject: externalUserId,
    })
  })

  it('signs in: new code, recover returns the stored backup, proof by the bound key', async () => {
    const ibex = createTestIbex()
    const { account, externalUserId } = await signUp(ibex)
    const begin = await ibex.call('GET', '/v1.2/auth/sign-in', {
      query: { wallet: 'email', externalUserId },
    })
    expect(begin.status).toBe(200)
    expect(begin.body).toMatchObject({ externalUserId, wallet: 'email', hasPasskey: false })

    const recover = await ibex.call('POST', '/v1.2/auth/email/recover', {
      body: { email, code: await outboxCode(ibex) },
    })
    expect(recover.body).toMatchObject({ externalUserId, ...backup })

    const signIn = await ibex.call('POST', '/v1.2/auth/sign-in', {
      body: await ibex.emailProof(account, recover.body),
    })
    expect(signIn.status).toBe(200)
    expect(signIn.body).toMatchObject({ authMethod: 'EMAIL', subject: externalUserId })
  })

  it('returns the code in the GET when returnOtpInResponse is set', async () => {
    const ibex = createTestIbex({ returnOtpInResponse: true })
    const begin = await ibex.call('GET', '/v1.2/auth/sign-up', {
      query: { wallet: 'email', email },
    })
    expect(begin.body.emailOtp).toBe(ibex.mock.outbox(email)?.code)
  })

  it('refuses a wrong, an expired and a reused code', async () => {
    const ibex = createTestIbex()
    const begin = await ibex.call('GET', '/v1.2/auth/sign-up', {
      query: { wallet: 'email', email },
    })
    const externalUserId = String(begin.body.externalUserId)
    const code = await outboxCode(ibex)
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0')

    const wrongAnswer = await ibex.call('POST', '/v1.2/auth/email/recover', {
      body: { externalUserId, emailOtp: wrong },
    })
    expect(wrongAnswer.body.error_code).toBe('OTP_INVALID')

    ibex.clock.advance(30_001)
    const late = await ibex.call('POST', '/v1.2/auth/email/recover', {
      body: { externalUserId, emailOtp: code },
    })
    expect(late.body.error_code).toBe('OTP_EXPIRED')

    await ibex.call('GET', '/v1.2/auth/sign-up', { query: { wallet: 'email', email } })
    const fresh = await outboxCode(ibex)
    expect(
      (
        await ibex.call('POST', '/v1.2/auth/email/recover', {
          body: { externalUserId, emailOtp: fresh },
        })
      ).status,
    ).toBe(200)
    const reused = await ibex.call('POST', '/v1.2/auth/email/recover', {
      body: { externalUserId, emailOtp: fresh },
    })
    expect(reused.body.error_code).toBe('OTP_USED')
  })

  it('refuses a resend before the last code expired, and allows it after', async () => {
    const ibex = createTestIbex()
    const first = await ibex.call('GET', '/v1.2/auth/sign-up', {
      query: { wallet: 'email', email },
    })
    ibex.clock.advance(10_000)
    const early = await ibex.call('GET', '/v1.2/auth/sign-up', {
      query: { wallet: 'email', email },
    })
    expect(early.status).toBe(429)
    expect(early.body.error_code).toBe('RATE_LIMITED')
    expect(early.headers.get('retry-after')).toBe('20')

    ibex.clock.advance(20_001)
    const resent = await ibex.call('GET', '/v1.2/auth/sign-up', {
      query: { wallet: 'email', email },
    })
    expect(resent.status).toBe(200)
    expect(resent.body.externalUserId).toBe(first.body.externalUserId)
    expect(ibex.mock.state.outbox).toHaveLength(2)
  })

  it('refuses the sign-up POST before the code is verified', async () => {
    const ibex = createTestIbex()
    const begin = await ibex.call('GET', '/v1.2/auth/sign-up', {
      query: { wallet: 'email', email },
    })
    const finish = await ibex.call('POST', '/v1.2/auth/sign-up', {
      body: { ...(await ibex.emailProof(randomAccount(), begin.body)), ...backup },
    })
    expect(finish.status).toBe(401)
    expect(finish.body.error_code).toBe('UNAUTHORIZED')
  })

  it('refuses a key decrypted with the wrong passphrase (another key) with SIGNER_MISMATCH', async () => {
    const ibex = createTestIbex()
    const { externalUserId } = await signUp(ibex)
    await ibex.call('GET', '/v1.2/auth/sign-in', { query: { wallet: 'email', externalUserId } })
    const recover = await ibex.call('POST', '/v1.2/auth/email/recover', {
      body: { externalUserId, emailOtp: await outboxCode(ibex) },
    })
    const signIn = await ibex.call('POST', '/v1.2/auth/sign-in', {
      body: await ibex.emailProof(randomAccount(), recover.body),
    })
    expect(signIn.body.error_code).toBe('SIGNER_MISMATCH')
  })

  it('refuses a second sign-up with an email that has an account', async () => {
    const ibex = createTestIbex()
    await signUp(ibex)
    const again = await ibex.call('GET', '/v1.2/auth/sign-up', {
      query: { wallet: 'email', email },
    })
    expect(again.status).toBe(409)
  })

  it('validates the email address', async () => {
    const ibex = createTestIbex()
    const response = await ibex.call('GET', '/v1.2/auth/sign-up', {
      query: { wallet: 'email', email: 'nope' },
    })
    expect(response.body.error_code).toBe('VALIDATION')
  })
})
