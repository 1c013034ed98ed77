import { describe, expect, it } from 'vitest'
import { createTestIbex } from './createTestIbex.ts'

describe('legacy passkeys= parameter', () => {
  it('passkeys=TRUE is the passkey mode', async () => {
    const ibex = createTestIbex()
    const response = await ibex.call('GET', '/v1.2/auth/sign-up', { query: { passkeys: 'TRUE' } })
    expect(response.body).toHaveProperty('credentialRequestOptions')
  })

  it('passkeys=FALSE returns a JWT for an account without wallet', async () => {
    const ibex = createTestIbex()
    const response = await ibex.call('GET', '/v1.2/auth/sign-up', { query: { passkeys: 'FALSE' } })
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({
      issuer: 'localhost',
      audience: 'localhost',
      roles: ['USER'],
      hasPasskey: false,
      emailValidationRequired: false,
      token_type: 'Bearer',
    })
    expect(response.body.subject).toBe(response.body.externalUserId)
    expect(typeof response.body.userId).toBe('string')
  })

  it('passkeys=FALSE&email= sends a code that the POST { emailCode, externalUserId } validates', async () => {
    const ibex = createTestIbex()
    const begin = await ibex.call('GET', '/v1.2/auth/sign-up', {
      query: { passkeys: 'FALSE', email: 'old@school.test' },
    })
    expect(begin.body.emailValidationRequired).toBe(true)
    const emailCode = ibex.mock.outbox('old@school.test')?.code
    const wrong = await ibex.call('POST', '/v1.2/auth/sign-up', {
      body: {
        emailCode: emailCode === '000000' ? '111111' : '000000',
        externalUserId: begin.body.externalUserId,
      },
    })
    expect(wrong.body.error_code).toBe('OTP_INVALID')
    const finish = await ibex.call('POST', '/v1.2/auth/sign-up', {
      body: { emailCode, externalUserId: begin.body.externalUserId },
    })
    expect(finish.status).toBe(200)
    expect(finish.body).toMatchObject({
      subject: begin.body.externalUserId,
      hasPasskey: false,
      safeAddress: {},
    })
  })

  it('refuses wallet=sms as not mocked and an unknown wallet as invalid', async () => {
    const ibex = createTestIbex()
    expect(
      (await ibex.call('GET', '/v1.2/auth/sign-up', { query: { wallet: 'sms' } })).status,
    ).toBe(501)
    expect(
      (await ibex.call('GET', '/v1.2/auth/sign-up', { query: { wallet: 'magic' } })).body
        .error_code,
    ).toBe('VALIDATION')
  })
})
