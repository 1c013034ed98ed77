import { describe, expect, test } from 'vitest'
import { signIn, type SignInParameters } from '../../../src/core/actions/signIn.ts'
import { signUp, type SignUpParameters } from '../../../src/core/actions/signUp.ts'
import { IbexValidationError } from '../../../src/core/errors/IbexValidationError.ts'
import { ceremonyHarness, rejectionOf } from './ceremonyHarness.ts'

const h = ceremonyHarness()

describe('signUp / signIn dispatch', () => {
  test('an unknown wallet is validation/wallet-unknown, before any request', async () => {
    const client = h.client()
    const bogus = { wallet: 'sms' } as unknown as SignUpParameters
    const error = await rejectionOf(signUp(client, bogus))
    expect(error).toBeInstanceOf(IbexValidationError)
    expect(error).toMatchObject({ code: 'validation/wallet-unknown', field: 'wallet' })
    await expect(signIn(client, null as unknown as SignInParameters)).rejects.toMatchObject({
      code: 'validation/wallet-unknown',
    })
    expect(h.requests).toHaveLength(0)
  })
})
