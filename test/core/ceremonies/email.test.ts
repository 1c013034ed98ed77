import { afterEach, describe, expect, test, vi } from 'vitest'
import { signIn } from '../../../src/core/actions/signIn.ts'
import { signUp } from '../../../src/core/actions/signUp.ts'
import type { IbexClient } from '../../../src/core/client/IbexClient.ts'
import { IbexHttpError } from '../../../src/core/errors/IbexHttpError.ts'
import { IbexRefusalError } from '../../../src/core/errors/IbexRefusalError.ts'
import { IbexValidationError } from '../../../src/core/errors/IbexValidationError.ts'
import { ceremonyHarness, expectNowhere, rejectionOf, stepRecorder } from './ceremonyHarness.ts'

const h = ceremonyHarness()
const EMAIL = 'ada.lovelace@example.com'
const PASSPHRASE = 'violet-harbour-7139'

afterEach(() => {
  vi.useRealTimers()
})

function lastCode(): string {
  const entry = h.mock.outbox(EMAIL)
  if (!entry) throw new Error('no code was sent')
  return entry.code
}

async function signUpByEmail(client: IbexClient) {
  await signUp(client, { wallet: 'email', email: EMAIL })
  await signUp(client, { wallet: 'email', code: lastCode() })
  return signUp(client, { wallet: 'email', passphrase: PASSPHRASE })
}

describe('email', () => {
  test('sign-up in three steps, then sign-in as the last user; secrets never kept', async () => {
    const client = h.client({ storage: 'localStorage' })
    const steps = stepRecorder()
    const sent = await signUp(client, { wallet: 'email', email: ` ${EMAIL} ` }, steps)
    expect(sent).toEqual({
      status: 'awaiting-code',
      externalUserId: expect.any(String),
      codeExpiresAt: Date.parse(h.mock.outbox(EMAIL)!.expiresAt),
      emailHint: 'a***@example.com',
    })
    if (sent.status !== 'awaiting-code') throw new Error('no code')
    expect(h.calls('GET', '/v1.2/auth/sign-up')[0]!.query.get('email')).toBe(EMAIL)
    const verified = await signUp(client, { wallet: 'email', code: lastCode() }, steps)
    expect(verified).toEqual({ status: 'awaiting-passphrase', externalUserId: sent.externalUserId })
    const signedUp = await signUp(client, { wallet: 'email', passphrase: PASSPHRASE }, steps)
    expect(steps.steps).toEqual(['challenge', 'verifying', 'authenticator', 'verifying'])
    expect(signedUp).toMatchObject({
      status: 'signed-in',
      user: { externalUserId: sent.externalUserId, authMethod: 'EMAIL' },
    })
    expect(client.lastUser.get()).toEqual({
      externalUserId: sent.externalUserId,
      authMethod: 'EMAIL',
      emailHint: 'a***@example.com',
    })
    const upload = JSON.parse(h.calls('POST', '/v1.2/auth/sign-up')[0]!.body)
    expect(upload).toMatchObject({
      wallet: 'email',
      encryptedPrivateKey: expect.any(String),
      backupKdf: { algo: 'argon2id', cipher: 'AES-256-GCM' },
    })

    await client.signOut()
    h.advanceMockClock(31_000) // the sign-up code has expired, so a new one may be sent
    const inSteps = stepRecorder()
    const again = await signIn(client, { wallet: 'email' }, inSteps)
    expect(again).toMatchObject({
      status: 'awaiting-code',
      externalUserId: sent.externalUserId,
      emailHint: 'a***@example.com',
    })
    expect(h.calls('GET', '/v1.2/auth/sign-in')[0]!.query.get('externalUserId')).toBe(
      sent.externalUserId,
    )
    await signIn(client, { wallet: 'email', code: lastCode() }, inSteps)
    const signedIn = await signIn(
      client,
      { wallet: 'email', passphrase: PASSPHRASE, includeUserdata: true },
      inSteps,
    )
    expect(inSteps.steps).toEqual(['challenge', 'verifying', 'authenticator', 'verifying'])
    expect(signedIn).toMatchObject({
      status: 'signed-in',
      user: { externalUserId: sent.externalUserId, publicKey: upload.publicKey },
      enrichment: { userdata: expect.any(Object) },
    })
    expectNowhere(
      PASSPHRASE,
      [sent, verified, signedUp, again, signedIn, ...h.requests.map((r) => r.body)],
      h.storageText(),
    )
  })

  test('a wrong passphrase sends nothing and the same step can be retried', async () => {
    const client = h.client()
    await signUpByEmail(client)
    await client.signOut()
    h.advanceMockClock(31_000)
    await signIn(client, { wallet: 'email', email: EMAIL })
    await signIn(client, { wallet: 'email', code: lastCode() })
    const before = h.requests.length
    const { steps, onStep } = stepRecorder()
    const error = await rejectionOf(
      signIn(client, { wallet: 'email', passphrase: 'not-the-passphrase' }, { onStep }),
    )
    expect(error).toBeInstanceOf(IbexValidationError)
    expect(error).toMatchObject({ code: 'validation/passphrase-wrong', field: 'passphrase' })
    expect(steps).toEqual(['authenticator'])
    expect(h.requests.length).toBe(before)
    expectNowhere('not-the-passphrase', [error], h.storageText())

    await expect(
      signIn(client, { wallet: 'email', passphrase: PASSPHRASE }),
    ).resolves.toMatchObject({ status: 'signed-in' })
    expect(h.calls('POST', '/v1.2/auth/sign-in')).toHaveLength(1)
    // The sign-in by address remembered its hint.
    expect(client.lastUser.get()?.emailHint).toBe('a***@example.com')
  })

  test('codes: malformed before any request, wrong, expired and used mapped on field `code`', async () => {
    const client = h.client()
    await signUp(client, { wallet: 'email', email: EMAIL })
    const requests = h.requests.length
    await expect(signUp(client, { wallet: 'email', code: '12345' })).rejects.toMatchObject({
      code: 'validation/code-malformed',
      field: 'code',
    })
    expect(h.requests.length).toBe(requests)

    const code = lastCode()
    const wrong = code === '000000' ? '111111' : '000000'
    // IBEx's verdict on the code: an IbexRefusalError carrying IBEx's answer, not a local check.
    const wrongCode = await signUp(client, { wallet: 'email', code: wrong }).catch(
      (e: unknown) => e,
    )
    expect(wrongCode).toBeInstanceOf(IbexRefusalError)
    expect(wrongCode).toMatchObject({
      code: 'validation/code-wrong',
      field: 'code',
      serverCode: 'OTP_INVALID',
      cause: { name: 'IbexHttpError', serverCode: 'OTP_INVALID' },
    })
    // Typed with spaces and full-width digits, the right code still passes after a wrong one.
    const typed = `${code.slice(0, 3)} ${String.fromCharCode(...[...code.slice(3)].map((d) => 0xff10 + Number(d)))}`
    await expect(signUp(client, { wallet: 'email', code: typed })).resolves.toMatchObject({
      status: 'awaiting-passphrase',
    })
    await expect(signUp(client, { wallet: 'email', code })).rejects.toMatchObject({
      code: 'validation/code-used',
    })

    await signUp(client, { wallet: 'email', email: 'grace@example.com' })
    h.advanceMockClock(31_000)
    const expired = h.mock.outbox('grace@example.com')!.code
    await expect(signUp(client, { wallet: 'email', code: expired })).rejects.toMatchObject({
      code: 'validation/code-expired',
      field: 'code',
    })
  })

  test('asking for a new code too soon is http/rate-limited at once, the flow kept', async () => {
    const client = h.client()
    await signUp(client, { wallet: 'email', email: EMAIL })
    const error = await rejectionOf(signUp(client, { wallet: 'email', email: EMAIL }))
    expect(error).toBeInstanceOf(IbexHttpError)
    expect(error).toMatchObject({ code: 'http/rate-limited', retryAfter: 30 })
    expect(h.calls('GET', '/v1.2/auth/sign-up')).toHaveLength(2)
    await expect(signUp(client, { wallet: 'email', code: lastCode() })).resolves.toMatchObject({
      status: 'awaiting-passphrase',
    })
  })

  test('steps out of order, a bad address, an expired challenge: clear errors, no request', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const client = h.client()
    await expect(signIn(client, { wallet: 'email', code: '123456' })).rejects.toMatchObject({
      code: 'validation/email-flow-missing',
    })
    await expect(signUp(client, { wallet: 'email', email: 'not-an-email' })).rejects.toMatchObject({
      code: 'validation/email-invalid',
      field: 'email',
    })
    await expect(signIn(client, { wallet: 'email' })).rejects.toMatchObject({
      code: 'validation/user-unknown',
    })
    expect(h.requests).toHaveLength(0)

    await signUp(client, { wallet: 'email', email: EMAIL })
    await expect(signUp(client, { wallet: 'email', passphrase: PASSPHRASE })).rejects.toMatchObject(
      { code: 'validation/code-unverified', field: 'code' },
    )
    // A sign-up flow is not a sign-in flow.
    await expect(signIn(client, { wallet: 'email', code: lastCode() })).rejects.toMatchObject({
      code: 'validation/email-flow-missing',
    })
    await expect(signUp(client, { wallet: 'email', passphrase: 'short' })).rejects.toMatchObject({
      code: 'validation/passphrase-too-short',
    })
    await signUp(client, { wallet: 'email', code: lastCode() })
    const requests = h.requests.length

    vi.setSystemTime(Date.now() + 301_000) // past the 300 s challenge
    await expect(signUp(client, { wallet: 'email', passphrase: PASSPHRASE })).rejects.toMatchObject(
      { code: 'validation/email-flow-expired' },
    )
    expect(h.requests.length).toBe(requests)
    // The expired flow is gone: the UI starts again at step 1.
    await expect(signUp(client, { wallet: 'email', passphrase: PASSPHRASE })).rejects.toMatchObject(
      { code: 'validation/email-flow-missing' },
    )
  })

  test('a second step while one runs is session/busy, and nothing is sent twice', async () => {
    const client = h.client()
    await signUp(client, { wallet: 'email', email: EMAIL })
    const code = lastCode()
    const first = signUp(client, { wallet: 'email', code })
    await expect(signUp(client, { wallet: 'email', code })).rejects.toMatchObject({
      code: 'session/busy',
    })
    await expect(first).resolves.toMatchObject({ status: 'awaiting-passphrase' })
    expect(h.calls('POST', '/v1.2/auth/email/recover')).toHaveLength(1)
  })
})
