import { describe, expect, test } from 'vitest'
import { signIn } from '../../../src/core/actions/signIn.ts'
import { signUp } from '../../../src/core/actions/signUp.ts'
import { isWeakPin } from '../../../src/core/kdf/isWeakPin.ts'
import { ceremonyHarness, rejectionOf } from './ceremonyHarness.ts'

const h = ceremonyHarness()

describe('PIN strength at sign-up (default policy)', () => {
  test.each([
    ['1234', 'validation/pin-too-short'],
    ['48291', 'validation/pin-too-short'],
    // One repeated digit, runs (with wrap-around), patterns, and the top of PIN-frequency tables.
    ['111111', 'validation/pin-weak'],
    ['000000', 'validation/pin-weak'],
    ['123456', 'validation/pin-weak'],
    ['654321', 'validation/pin-weak'],
    ['890123', 'validation/pin-weak'],
    ['12345678', 'validation/pin-weak'],
    ['121212', 'validation/pin-weak'],
    ['123123', 'validation/pin-weak'],
    ['112233', 'validation/pin-weak'],
    ['123321', 'validation/pin-weak'],
    ['520520', 'validation/pin-weak'],
    ['159753', 'validation/pin-weak'],
    ['147258', 'validation/pin-weak'],
    ['789456', 'validation/pin-weak'],
    ['１２３４５６', 'validation/pin-weak'],
  ])('%j is refused with %s before any request', async (pin, code) => {
    const client = h.client()
    const error = await rejectionOf(signUp(client, { wallet: 'kdf', pin }))
    expect(error).toMatchObject({ code, field: 'pin' })
    expect(h.requests).toEqual([])
  })

  test('isWeakPin leaves ordinary PINs alone', () => {
    for (const pin of ['739164', '482916', '975318', '20481632', '3141', '860215']) {
      expect(isWeakPin(pin)).toBe(false)
    }
  })

  test('pinPolicy: an app may allow 4 digits and weak PINs; sign-in never applies the sign-up rules', async () => {
    const client = h.client()
    const policy = { minLength: 4, refuseWeak: false }
    const signedUp = await signUp(client, { wallet: 'kdf', pin: '1234', pinPolicy: policy })
    expect(signedUp.status).toBe('signed-in')
    await client.signOut()
    // A user who chose a short PIN (under an older or looser policy) can still sign in.
    expect(await signIn(client, { wallet: 'kdf', pin: '1234' })).toMatchObject({
      status: 'signed-in',
    })
  })

  test('pinPolicy: weak PINs refused at the allowed length too; a stricter minimum applies', async () => {
    const client = h.client()
    expect(
      await rejectionOf(
        signUp(client, { wallet: 'kdf', pin: '1111', pinPolicy: { minLength: 4 } }),
      ),
    ).toMatchObject({ code: 'validation/pin-weak' })
    expect(
      await rejectionOf(
        signUp(client, { wallet: 'kdf', pin: '739164', pinPolicy: { minLength: 8 } }),
      ),
    ).toMatchObject({ code: 'validation/pin-too-short' })
    expect(h.requests).toEqual([])
  })
})
