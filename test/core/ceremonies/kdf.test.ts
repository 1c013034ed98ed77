import { IbexHttpError } from '../../../src/core/errors/IbexHttpError.ts'
import { IbexRefusalError } from '../../../src/core/errors/IbexRefusalError.ts'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { signIn } from '../../../src/core/actions/signIn.ts'
import { signUp } from '../../../src/core/actions/signUp.ts'
import { pinThrottle } from '../../../src/core/ceremonies/kdf/pinThrottle.ts'
import { IbexPinThrottledError } from '../../../src/core/errors/IbexPinThrottledError.ts'
import { IbexValidationError } from '../../../src/core/errors/IbexValidationError.ts'
import { ceremonyHarness, expectNowhere, rejectionOf, stepRecorder } from './ceremonyHarness.ts'

const h = ceremonyHarness()
const PIN = '739164'
const WRONG_PIN = '820553'

afterEach(() => {
  vi.useRealTimers()
})

describe('PIN (kdf)', () => {
  test('sign-up then sign-in as the last user, with enrichment; the PIN is never kept', async () => {
    const client = h.client({ storage: 'localStorage' })
    const up = stepRecorder()
    const signedUp = await signUp(client, { wallet: 'kdf', pin: PIN }, { onStep: up.onStep })
    expect(up.steps).toEqual(['challenge', 'authenticator', 'verifying'])
    if (signedUp.status !== 'signed-in') throw new Error('not signed in')
    expect(signedUp.user).toMatchObject({ authMethod: 'PIN_KDF', publicKey: expect.any(String) })
    expect(client.lastUser.get()).toMatchObject({
      externalUserId: signedUp.user.externalUserId,
      authMethod: 'PIN_KDF',
    })

    await client.signOut()
    const down = stepRecorder()
    const signedIn = await signIn(
      client,
      { wallet: 'kdf', pin: PIN, includeBalance: true },
      { onStep: down.onStep },
    )
    expect(down.steps).toEqual(['challenge', 'authenticator', 'verifying'])
    expect(signedIn).toMatchObject({
      status: 'signed-in',
      user: { externalUserId: signedUp.user.externalUserId, publicKey: signedUp.user.publicKey },
      enrichment: { balance: expect.any(Object) },
    })
    expect(h.calls('GET', '/v1.2/auth/sign-in')[0]!.query.get('externalUserId')).toBe(
      signedUp.user.externalUserId,
    )
    expectNowhere(
      PIN,
      [signedUp, signedIn, ...h.requests.map((r) => `${r.query}${r.body}`)],
      h.storageText(),
    )
  })

  test('a wrong PIN is validation/pin-wrong; each try gets fresh materials; the 4th waits', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const client = h.client()
    const signedUp = await signUp(client, { wallet: 'kdf', pin: PIN })
    if (signedUp.status !== 'signed-in') throw new Error('not signed in')
    await client.signOut()
    h.requests.length = 0

    const errors: Error[] = []
    for (let attempt = 1; attempt <= 3; attempt++) {
      errors.push(await rejectionOf(signIn(client, { wallet: 'kdf', pin: WRONG_PIN })))
    }
    // IBEx's verdict, not a check before the request: its answer is kept as the cause.
    for (const error of errors) {
      expect(error).toBeInstanceOf(IbexRefusalError)
      expect(error).not.toBeInstanceOf(IbexValidationError)
      expect(error).toMatchObject({
        code: 'validation/pin-wrong',
        field: 'pin',
        status: 401,
        serverCode: 'SIGNER_MISMATCH',
      })
      expect((error as IbexRefusalError).cause).toBeInstanceOf(IbexHttpError)
      expect((error as IbexRefusalError).cause).toMatchObject({ serverCode: 'SIGNER_MISMATCH' })
    }
    const gets = h.calls('GET', '/v1.2/auth/sign-in')
    const posts = h.calls('POST', '/v1.2/auth/sign-in')
    expect(gets).toHaveLength(3)
    expect(posts).toHaveLength(3)
    const challenges = posts.map((post) => JSON.parse(post.body).challenge)
    expect(new Set(challenges).size).toBe(3)

    const throttled = await rejectionOf(signIn(client, { wallet: 'kdf', pin: PIN }))
    expect(throttled).toBeInstanceOf(IbexPinThrottledError)
    expect(throttled).toMatchObject({ code: 'validation/pin-throttled', field: 'pin', failures: 3 })
    expect((throttled as IbexPinThrottledError).retryAt).toBe(Date.now() + 1_000)
    expect(h.requests).toHaveLength(6)
    expectNowhere(PIN, [...errors, throttled], h.storageText())
    expectNowhere(WRONG_PIN, [...errors, throttled], h.storageText())

    vi.setSystemTime(Date.now() + 1_000)
    await expect(signIn(client, { wallet: 'kdf', pin: PIN })).resolves.toMatchObject({
      status: 'signed-in',
      user: { externalUserId: signedUp.user.externalUserId },
    })
    // A success resets the count: the next wrong PIN is only wrong, not throttled.
    await client.signOut()
    await expect(signIn(client, { wallet: 'kdf', pin: WRONG_PIN })).rejects.toMatchObject({
      code: 'validation/pin-wrong',
    })
  })

  test('bad input and an unknown user are refused before any request', async () => {
    const client = h.client()
    await expect(signUp(client, { wallet: 'kdf', pin: '12' })).rejects.toMatchObject({
      code: 'validation/pin-too-short',
      field: 'pin',
    })
    await expect(signUp(client, { wallet: 'kdf', pin: '12ab56' })).rejects.toMatchObject({
      code: 'validation/pin-not-digits',
    })
    await expect(signIn(client, { wallet: 'kdf', pin: PIN })).rejects.toMatchObject({
      code: 'validation/user-unknown',
      field: 'externalUserId',
    })
    // A last user of another mode is not used for a PIN sign-in.
    client.lastUser.set({ externalUserId: 'someone', authMethod: 'PASSKEY' })
    await expect(signIn(client, { wallet: 'kdf', pin: PIN })).rejects.toMatchObject({
      code: 'validation/user-unknown',
    })
    await expect(
      signIn(client, { wallet: 'kdf', pin: PIN, externalUserId: '  ' }),
    ).rejects.toMatchObject({ code: 'validation/user-unknown' })
    expect(h.requests).toHaveLength(0)
  })

  test('an unknown externalUserId is IBEx 404, without derivation', async () => {
    const client = h.client()
    const { steps, onStep } = stepRecorder()
    await expect(
      signIn(client, { wallet: 'kdf', pin: PIN, externalUserId: 'nobody' }, { onStep }),
    ).rejects.toMatchObject({ code: 'http/not-found', serverCode: 'USER_NOT_FOUND' })
    expect(steps).toEqual(['challenge'])
  })
})

describe('pinThrottle', () => {
  test('waits 1 s, 2 s, 4 s … from the 3rd failure, capped at 60 s, per user, reset on success', () => {
    const client = h.client()
    const now = 1_000_000
    const delays = Array.from(
      { length: 10 },
      () => pinThrottle.recordFailure(client, 'u1', now) - now,
    )
    expect(delays).toEqual([0, 0, 1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000])
    expect(() => pinThrottle.assertAllowed(client, 'u1', now + 59_999)).toThrow(
      IbexPinThrottledError,
    )
    expect(() => pinThrottle.assertAllowed(client, 'u2', now)).not.toThrow()
    expect(() => pinThrottle.assertAllowed(h.client(), 'u1', now)).not.toThrow()
    pinThrottle.reset(client, 'u1')
    expect(() => pinThrottle.assertAllowed(client, 'u1', now)).not.toThrow()
  })
})
