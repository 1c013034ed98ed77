import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { getSignUpChallenge } from '../../../src/core/actions/auth/getSignUpChallenge.ts'
import { submitSignIn } from '../../../src/core/actions/auth/submitSignIn.ts'
import { submitSignUp } from '../../../src/core/actions/auth/submitSignUp.ts'
import type { IbexLastUser } from '../../../src/core/session/createLastUserStore.ts'
import {
  BASE_URL,
  EMAIL_BACKUP,
  fakeJwt,
  SAFE,
  clientsForEachTest,
  startMswServer,
} from './fakeIbex.ts'

const server = startMswServer()
const makeClient = clientsForEachTest()

const exp = () => Math.floor(Date.now() / 1000) + 3600
const proof = {
  externalUserId: 'pin-user',
  publicKey: '0xaa53E8Bf3d8EDBd249a0af282b99F101B36ADFE8',
  signature: '0x1234',
  challenge: 'c',
  challengeExpiresAt: '2030-01-01T00:00:00Z',
  nonce: 'n',
  timestamp: 1,
  serverSignature: 's',
  serverKeyId: 'pin-kdf-hmac-v1',
} as const

describe('client.lastUser', () => {
  test('a PIN sign-in is remembered in localStorage even with a memory session', async () => {
    server.use(
      http.post(`${BASE_URL}/v1.2/auth/sign-in`, () =>
        HttpResponse.json({
          access_token: fakeJwt({ sub: 'pin-user', exp: exp() }),
          refresh_token: fakeJwt({ sub: 'pin-user', exp: exp() + 86_400 }),
          expires_in: 3600,
          authMethod: 'PIN_KDF',
          safeAddress: { '421614': SAFE },
        }),
      ),
    )
    const client = makeClient({ crossTab: false })
    expect(client.lastUser.get()).toBeNull()
    let heard = 0
    client.lastUser.subscribe(() => heard++)
    await submitSignIn(client, { wallet: 'kdf', saltVersion: 1, kdfParamsVersion: 1, ...proof })
    expect(client.lastUser.get()).toEqual({ externalUserId: 'pin-user', authMethod: 'PIN_KDF' })
    expect(client.lastUser.get()).toBe(client.lastUser.get())
    expect(heard).toBe(1)

    await client.signOut()
    const returning = makeClient({ crossTab: false })
    expect(returning.session.getSnapshot().status).toBe('signed-out')
    expect(returning.lastUser.get()).toEqual({ externalUserId: 'pin-user', authMethod: 'PIN_KDF' })
    // Per rpId.
    expect(makeClient({ crossTab: false, rpId: 'other.example' }).lastUser.get()).toBeNull()
    returning.lastUser.clear()
    expect(makeClient({ crossTab: false }).lastUser.get()).toBeNull()
  })

  test('an email sign-up keeps a masked email hint, and a later sign-in of the same user keeps it', async () => {
    const tokens = () => ({
      access_token: fakeJwt({ sub: 'mail-user', exp: exp() }),
      refresh_token: fakeJwt({ sub: 'mail-user', exp: exp() + 86_400 }),
      expires_in: 3600,
    })
    server.use(
      http.get(`${BASE_URL}/v1.2/auth/sign-up`, () =>
        HttpResponse.json({
          externalUserId: 'mail-user',
          ...tokens(),
          authMethod: 'EMAIL_TOKEN_PENDING',
        }),
      ),
      http.post(`${BASE_URL}/v1.2/auth/sign-up`, () =>
        HttpResponse.json({ ...tokens(), authMethod: 'EMAIL' }),
      ),
      http.post(`${BASE_URL}/v1.2/auth/sign-in`, () =>
        HttpResponse.json({ ...tokens(), authMethod: 'EMAIL' }),
      ),
    )
    const client = makeClient({ crossTab: false })
    const challenge = await getSignUpChallenge(client, {
      wallet: 'email',
      email: 'alice@example.com',
    })
    // The pending pair of step 1 is not a session, and nobody is remembered yet.
    expect(client.session.getSnapshot().status).toBe('signed-out')
    expect(client.lastUser.get()).toBeNull()
    await submitSignUp(
      client,
      { wallet: 'email', ...proof, externalUserId: challenge.externalUserId, ...EMAIL_BACKUP },
      { email: 'alice@example.com' },
    )
    expect(client.lastUser.get()).toEqual({
      externalUserId: 'mail-user',
      authMethod: 'EMAIL',
      emailHint: 'a***@example.com',
    })
    await submitSignIn(client, { wallet: 'email', ...proof, externalUserId: 'mail-user' })
    expect(client.lastUser.get()?.emailHint).toBe('a***@example.com')
    expect(JSON.stringify(localStorage)).not.toContain('alice@')
  })

  test('only externalUserId, authMethod and emailHint are ever stored', () => {
    const client = makeClient({ crossTab: false })
    const withExtras = {
      externalUserId: 'u',
      authMethod: 'PIN_KDF',
      pin: '123456',
      privateKey: '0xabc',
    }
    client.lastUser.set(withExtras as IbexLastUser)
    const stored = Object.keys(localStorage).map((key) => localStorage.getItem(key) ?? '')
    expect(stored).toEqual([JSON.stringify({ externalUserId: 'u', authMethod: 'PIN_KDF' })])
  })
})
