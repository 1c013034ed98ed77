import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { getSignInChallenge } from '../../../src/core/actions/auth/getSignInChallenge.ts'
import { getSignInData } from '../../../src/core/actions/auth/getSignInData.ts'
import { getSignUpChallenge } from '../../../src/core/actions/auth/getSignUpChallenge.ts'
import { recoverEmail } from '../../../src/core/actions/auth/recoverEmail.ts'
import { submitSignIn } from '../../../src/core/actions/auth/submitSignIn.ts'
import { submitSignUp } from '../../../src/core/actions/auth/submitSignUp.ts'
import { IbexValidationError } from '../../../src/core/errors/IbexValidationError.ts'
import {
  BASE_URL,
  EMAIL_BACKUP,
  fakeJwt,
  SAFE,
  signInBody,
  clientsForEachTest,
  startMswServer,
} from './fakeIbex.ts'

const server = startMswServer()
const makeClient = clientsForEachTest()

const creationOptions = {
  rp: { id: 'app.example.com', name: 'app.example.com' },
  user: { id: 'dXNlcg', name: 'alice', displayName: 'Alice' },
  challenge: 'Y2hhbGxlbmdl',
  pubKeyCredParams: [{ alg: -7, type: 'public-key' }],
  excludeCredentials: [],
  timeout: 60000,
  extensions: { prf: { eval: { first: 'AQID' } } },
}

const kdfMaterials = {
  externalUserId: 'pin-user',
  salt: 'AQEBAQEBAQEBAQEBAQEBAQ==',
  saltVersion: 1,
  kdf: { algo: 'argon2id', memory: 65536, iterations: 3, parallelism: 1 },
  kdfParamsVersion: 1,
  challenge: 'bm9uY2U=',
  challengeExpiresAt: '2030-01-01T00:00:00Z',
  serverSignature: 'c2ln',
  serverKeyId: 'pin-kdf-hmac-v1',
  hasPasskey: false,
}

/** Records each request the handler sees. */
function capture() {
  const seen: { url: URL; headers: Headers; body: unknown }[] = []
  const record = async (request: Request) => {
    const text = await request.text()
    seen.push({
      url: new URL(request.url),
      headers: request.headers,
      body: text ? JSON.parse(text) : undefined,
    })
  }
  return { seen, record }
}

describe('sign-up challenge', () => {
  test.each(['credentialRequestOptions', 'credentialCreationOptions', 'publicKey', null])(
    'passkeys: options read from %s',
    async (key) => {
      const { seen, record } = capture()
      server.use(
        http.get(`${BASE_URL}/v1.2/auth/sign-up`, async ({ request }) => {
          await record(request)
          const body = key
            ? { [key]: creationOptions, emailValidationRequired: false }
            : creationOptions
          return HttpResponse.json(body)
        }),
      )
      const client = makeClient({ chainId: 100 })
      const challenge = await getSignUpChallenge(client, {
        wallet: 'passkeys',
        userName: 'alice',
        keyName: 'laptop',
      })
      expect(challenge.wallet).toBe('passkeys')
      expect(challenge.options).toMatchObject({
        challenge: 'Y2hhbGxlbmdl',
        user: { name: 'alice' },
      })
      expect(challenge.options.extensions).toEqual({ prf: { eval: { first: 'AQID' } } })
      const [call] = seen
      expect(Object.fromEntries(call!.url.searchParams)).toEqual({
        wallet: 'passkeys',
        userName: 'alice',
        keyName: 'laptop',
      })
      expect(call!.headers.get('x-blockchain-id')).toBe('100')
      expect(call!.headers.get('authorization')).toBeNull()
    },
  )

  test('passkeys: a bad option is reported with its full path', async () => {
    server.use(
      http.get(`${BASE_URL}/v1.2/auth/sign-up`, () =>
        HttpResponse.json({
          credentialRequestOptions: { ...creationOptions, user: { id: 'x', name: 'a' } },
        }),
      ),
    )
    await expect(getSignUpChallenge(makeClient(), { wallet: 'passkeys' })).rejects.toMatchObject({
      code: 'response/invalid-shape',
      field: 'credentialRequestOptions.user.displayName',
    })
  })

  test('kdf: materials, with the pending pair left out of the session', async () => {
    server.use(
      http.get(`${BASE_URL}/v1.2/auth/sign-up`, ({ request }) => {
        expect(new URL(request.url).searchParams.get('wallet')).toBe('kdf')
        return HttpResponse.json({
          ...kdfMaterials,
          access_token: 'pending',
          refresh_token: 'pending',
          authMethod: 'PIN_KDF_PENDING',
        })
      }),
    )
    const client = makeClient()
    const challenge = await getSignUpChallenge(client, { wallet: 'kdf' })
    expect(challenge).toMatchObject({ wallet: 'kdf', ...kdfMaterials })
    expect(client.session.getSnapshot().status).toBe('signed-out')
  })

  test('kdf: a missing salt is named', async () => {
    const { salt: _, ...withoutSalt } = kdfMaterials
    server.use(http.get(`${BASE_URL}/v1.2/auth/sign-up`, () => HttpResponse.json(withoutSalt)))
    await expect(getSignUpChallenge(makeClient(), { wallet: 'kdf' })).rejects.toMatchObject({
      field: 'salt',
    })
  })

  test('email: the address is checked before any request', async () => {
    const error = await getSignUpChallenge(makeClient(), {
      wallet: 'email',
      email: 'not-an-email',
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(IbexValidationError)
    expect(error).toMatchObject({ code: 'validation/email-invalid', field: 'email' })
  })

  test('7702: address and chain in the query, SIWE-like challenge out', async () => {
    const { seen, record } = capture()
    server.use(
      http.get(`${BASE_URL}/v1.2/auth/sign-up`, async ({ request }) => {
        await record(request)
        return HttpResponse.json({
          challenge: { message: 'IBEx Wallet wants you to sign in…', nonce: 'abc' },
        })
      }),
    )
    const challenge = await getSignUpChallenge(makeClient(), {
      wallet: '7702',
      address: SAFE,
      chainId: 11155111,
    })
    expect(challenge.challenge).toEqual({
      message: 'IBEx Wallet wants you to sign in…',
      nonce: 'abc',
    })
    expect(Object.fromEntries(seen[0]!.url.searchParams)).toEqual({
      wallet: '7702',
      address: SAFE,
      chainId: '11155111',
    })
    await expect(
      getSignUpChallenge(makeClient(), { wallet: '7702', address: '0x123' }),
    ).rejects.toMatchObject({ code: 'validation/address-invalid' })
  })
})

describe('sign-up / sign-in submit', () => {
  test('passkey sign-up posts the credential and signs the user in', async () => {
    const { seen, record } = capture()
    server.use(
      http.post(`${BASE_URL}/v1.2/auth/sign-up`, async ({ request }) => {
        await record(request)
        return HttpResponse.json({ ...signInBody({ sub: 'new-user' }), keyName: 'laptop' })
      }),
    )
    const client = makeClient()
    const credential = {
      id: 'cred',
      rawId: 'cred',
      type: 'public-key' as const,
      response: { attestationObject: 'AA', clientDataJSON: 'AA' },
      clientExtensionResults: {},
    }
    const { user, response } = await submitSignUp(client, {
      wallet: 'passkeys',
      credential,
      chainIds: [421614, 100],
    })
    expect(seen[0]!.body).toEqual({ wallet: 'passkeys', credential, chainIds: [421614, 100] })
    expect(response.keyName).toBe('laptop')
    expect(user.externalUserId).toBe('new-user')
    expect(client.session.getSnapshot()).toMatchObject({ status: 'signed-in', user })
  })

  test('7702 sign-up returns the delegation and a session for the EOA', async () => {
    const exp = Math.floor(Date.now() / 1000) + 3600
    server.use(
      http.post(`${BASE_URL}/v1.2/auth/sign-up`, () =>
        HttpResponse.json({
          access_token: fakeJwt({ sub: 'eoa-user', exp }),
          refresh_token: fakeJwt({ sub: 'eoa-user', exp: exp + 86_400 }),
          safe: SAFE,
          delegation: {
            implementation: '0x29fcB43b46531BcA003ddC8FCB67FFE91900C762',
            chainId: '11155111',
          },
        }),
      ),
    )
    const client = makeClient()
    const { user, response } = await submitSignUp(client, {
      wallet: '7702',
      address: SAFE,
      signature: '0xabcd',
      nonce: 'abc',
    })
    expect(response.delegation.chainId).toBe(11155111)
    expect(user).toMatchObject({ authMethod: 'EOA_7702', safeAddresses: { '11155111': SAFE } })
  })

  test('passkey sign-in with enrichment keeps the extra blocks and sends the chain header', async () => {
    const { seen, record } = capture()
    server.use(
      http.post(`${BASE_URL}/v1.2/auth/sign-in`, async ({ request }) => {
        await record(request)
        return HttpResponse.json({
          ...signInBody(),
          balance: { total: '1.00' },
          dataRequestId: 'req-1',
        })
      }),
    )
    const credential = {
      id: 'cred',
      rawId: 'cred',
      type: 'public-key' as const,
      response: { authenticatorData: 'AA', clientDataJSON: 'AA', signature: 'AA' },
      clientExtensionResults: {},
    }
    const { response } = await submitSignIn(makeClient(), {
      wallet: 'passkeys',
      credential,
      chainId: 8453,
      includeBalance: true,
    })
    expect(response.balance).toEqual({ total: '1.00' })
    expect(response.dataRequestId).toBe('req-1')
    expect(seen[0]!.headers.get('x-blockchain-id')).toBe('8453')
    expect(seen[0]!.body).toMatchObject({ wallet: 'passkeys', chainId: 8453, includeBalance: true })
  })
})

describe('sign-in steps', () => {
  test('passkeys: request options under credentialRequestOptions or at the root', async () => {
    const options = {
      challenge: 'Y2g',
      rpId: 'app.example.com',
      allowCredentials: [],
      userVerification: 'required',
    }
    let nested = true
    server.use(
      http.get(`${BASE_URL}/v1.2/auth/sign-in`, () =>
        HttpResponse.json(nested ? { credentialRequestOptions: options } : options),
      ),
    )
    const client = makeClient()
    expect((await getSignInChallenge(client, { wallet: 'passkeys' })).options).toMatchObject(
      options,
    )
    nested = false
    expect((await getSignInChallenge(client, { wallet: 'passkeys' })).options).toMatchObject(
      options,
    )
  })

  test('kdf and email: the user id goes in the query', async () => {
    const { seen, record } = capture()
    server.use(
      http.get(`${BASE_URL}/v1.2/auth/sign-in`, async ({ request }) => {
        await record(request)
        const wallet = new URL(request.url).searchParams.get('wallet')
        return HttpResponse.json(
          wallet === 'kdf'
            ? kdfMaterials
            : {
                externalUserId: 'mail-user',
                wallet: 'email',
                emailOtpExpiresAt: '2030-01-01T00:00:30Z',
              },
        )
      }),
    )
    const client = makeClient()
    const kdf = await getSignInChallenge(client, { wallet: 'kdf', externalUserId: 'pin-user' })
    expect(kdf.kdf.memory).toBe(65536)
    const email = await getSignInChallenge(client, { wallet: 'email', externalUserId: 'mail-user' })
    expect(email).toMatchObject({ wallet: 'email', externalUserId: 'mail-user' })
    expect(seen.map((s) => Object.fromEntries(s.url.searchParams))).toEqual([
      { wallet: 'kdf', externalUserId: 'pin-user' },
      { wallet: 'email', externalUserId: 'mail-user' },
    ])
  })

  test('recoverEmail posts the code and returns the backup and challenge', async () => {
    const { seen, record } = capture()
    const recovered = {
      externalUserId: 'mail-user',
      wallet: 'email',
      ...EMAIL_BACKUP,
      challenge: 'c',
      challengeExpiresAt: '2030-01-01T00:00:00Z',
      serverSignature: 's',
      serverKeyId: 'email-token-hmac-v1',
    }
    server.use(
      http.post(`${BASE_URL}/v1.2/auth/email/recover`, async ({ request }) => {
        await record(request)
        return HttpResponse.json(recovered)
      }),
    )
    const result = await recoverEmail(makeClient(), {
      externalUserId: 'mail-user',
      emailOtp: '123456',
    })
    expect(result).toEqual(recovered)
    expect(seen[0]!.body).toEqual({ externalUserId: 'mail-user', emailOtp: '123456' })
    expect(seen[0]!.headers.get('authorization')).toBeNull()
  })

  test('getSignInData uses the session token and reads either envelope', async () => {
    const { seen, record } = capture()
    let ready = false
    server.use(
      http.get(`${BASE_URL}/v1.2/auth/sign-in/data/:id`, async ({ request, params }) => {
        await record(request)
        expect(params.id).toBe('req 1')
        return HttpResponse.json(
          ready
            ? { status: 'READY', data: { balance: { total: '2' } } }
            : { dataStatus: 'PENDING' },
        )
      }),
    )
    const client = makeClient()
    await client.session.applyAuthResponse(signInBody())
    expect(await getSignInData(client, 'req 1')).toEqual({
      status: 'PENDING',
      data: undefined,
      error: undefined,
    })
    ready = true
    expect(await getSignInData(client, 'req 1')).toMatchObject({
      status: 'READY',
      data: { balance: { total: '2' } },
    })
    expect(seen[0]!.headers.get('authorization')).toBe(
      `Bearer ${client.session.getTokens()?.accessToken}`,
    )
    expect(seen[0]!.url.pathname).toBe('/v1.2/auth/sign-in/data/req%201')

    server.use(
      http.get(`${BASE_URL}/v1.2/auth/sign-in/data/:id`, () => HttpResponse.json({ data: {} })),
    )
    await expect(getSignInData(client, 'x')).rejects.toMatchObject({ field: 'status' })
  })
})
