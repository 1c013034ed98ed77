import { createHash } from 'node:crypto'
import { decodeCBOR, encodeCBOR, type CBORType } from '@levischuck/tiny-cbor'
import { describe, expect, it } from 'vitest'
import { base64ToBytes, bytesToBase64url } from '../../src/core/utils/base64.ts'
import { createSoftwareAuthenticator } from '../../src/mock/authenticator/createSoftwareAuthenticator.ts'
import type {
  SoftwareCreationOptionsJSON,
  SoftwareRequestOptionsJSON,
} from '../../src/mock/authenticator/SoftwareAuthenticatorTypes.ts'
import { createTestIbex, jwtClaims } from './createTestIbex.ts'

const origin = 'http://localhost:5173'

async function beginSignUp(
  ibex: ReturnType<typeof createTestIbex>,
  query: Record<string, string> = {},
) {
  const response = await ibex.call('GET', '/v1.2/auth/sign-up', { query })
  return response.body.credentialRequestOptions as SoftwareCreationOptionsJSON
}

async function beginSignIn(ibex: ReturnType<typeof createTestIbex>, rpId = 'localhost') {
  const response = await ibex.call('GET', '/v1.2/auth/sign-in', { rpId })
  return response.body.credentialRequestOptions as SoftwareRequestOptionsJSON
}

async function signUp(
  ibex: ReturnType<typeof createTestIbex>,
  authenticator = createSoftwareAuthenticator({ origin }),
) {
  const credential = await authenticator.register(await beginSignUp(ibex))
  const response = await ibex.call('POST', '/v1.2/auth/sign-up', { body: { credential } })
  return { authenticator, response }
}

function prfSalt(rpId: string): string {
  const digest = createHash('sha256').update(`ibexfi:prf:v1:master|rpId:${rpId}`).digest()
  return bytesToBase64url(new Uint8Array(digest))
}

describe('wallet=passkeys', () => {
  it('returns creation options under credentialRequestOptions, with PRF and the requested names', async () => {
    const ibex = createTestIbex()
    const response = await ibex.call('GET', '/v1.2/auth/sign-up', {
      query: {
        userName: 'ada',
        userDisplayName: 'Ada L.',
        keyName: 'laptop',
        keyDisplayName: 'My laptop',
      },
    })
    expect(response.status).toBe(200)
    expect(response.body.emailValidationRequired).toBe(false)
    expect(response.body.credentialRequestOptions).toMatchObject({
      rp: { id: 'localhost', name: 'localhost' },
      user: { name: 'ada', displayName: 'Ada L.' },
      pubKeyCredParams: [{ alg: -7, type: 'public-key' }],
      attestation: 'none',
      excludeCredentials: [],
      extensions: { prf: { eval: { first: prfSalt('localhost') } } },
    })
    const legacyNames = await ibex.call('GET', '/v1.2/auth/sign-up', {
      query: { 'user.name': 'bob', 'user.displayname': 'Bob B.' },
    })
    expect(legacyNames.body.credentialRequestOptions).toMatchObject({
      user: { name: 'bob', displayName: 'Bob B.' },
    })
  })

  it('verifies the attestation and answers the documented sign-up body', async () => {
    const ibex = createTestIbex()
    const authenticator = createSoftwareAuthenticator({ origin })
    const options = await beginSignUp(ibex, { keyName: 'laptop', keyDisplayName: 'My laptop' })
    const credential = await authenticator.register(options)
    const response = await ibex.call('POST', '/v1.2/auth/sign-up', {
      body: { credential, chainId: 100 },
      headers: { origin },
    })
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3600,
      issuer: 'localhost',
      audience: 'localhost',
      roles: ['USER'],
      authMethod: 'PASSKEY',
      hasPasskey: true,
      chainId: 100,
      keyName: 'laptop',
      keyDisplayName: 'My laptop',
      prfCapable: true,
    })
    expect(Object.keys(response.body.safeAddress as object).sort()).toEqual([
      '100',
      '421614',
      '8453',
    ])
    const eoaAddresses = response.body.eoaAddresses as { type: string; address: string }[]
    expect(eoaAddresses.map((entry) => entry.type)).toEqual(['EVM', 'SOLANA', 'BITCOIN_P2WPKH'])
    expect(response.body.eoaAddress).toBe(eoaAddresses[0]?.address)
    expect(eoaAddresses[2]?.address).toMatch(/^bc1q[02-9ac-hj-np-z]{38}$/)
    const claims = jwtClaims(String(response.body.access_token))
    expect(claims).toMatchObject({
      iss: 'localhost',
      aud: 'localhost',
      sub: response.body.subject,
      roles: ['USER'],
    })
    expect(Number(claims.exp) - Number(claims.iat)).toBe(3600)
  })

  it('reports prfCapable false when the authenticator has no PRF', async () => {
    const ibex = createTestIbex()
    const { response } = await signUp(ibex, createSoftwareAuthenticator({ origin, prf: false }))
    expect(response.body.prfCapable).toBe(false)
  })

  it('signs in with a discoverable credential and updates the counter', async () => {
    const ibex = createTestIbex()
    const { authenticator, response: signUpResponse } = await signUp(ibex)
    const options = await beginSignIn(ibex)
    expect(options).toMatchObject({
      rpId: 'localhost',
      userVerification: 'required',
      allowCredentials: [],
      extensions: { prf: { eval: { first: prfSalt('localhost') } } },
    })
    const assertion = await authenticator.authenticate(options)
    const signIn = await ibex.call('POST', '/v1.2/auth/sign-in', {
      body: { credential: assertion, chainId: 8453 },
    })
    expect(signIn.status).toBe(200)
    expect(signIn.body).toMatchObject({
      authMethod: 'PASSKEY',
      subject: signUpResponse.body.subject,
      chainId: 8453,
      safeAddress: signUpResponse.body.safeAddress,
    })
    const stored = [...(ibex.mock.state.tenants.get('localhost')?.credentials.values() ?? [])]
    expect(stored[0]?.counter).toBe(1)
  })

  it('lists the credentials of a known user in allowCredentials', async () => {
    const ibex = createTestIbex()
    const { authenticator, response } = await signUp(ibex)
    const options = await ibex.call('GET', '/v1.2/auth/sign-in', {
      query: { externalUserId: String(response.body.subject) },
    })
    const allow = (options.body.credentialRequestOptions as SoftwareRequestOptionsJSON)
      .allowCredentials
    expect(allow).toEqual([{ id: authenticator.credentials()[0]?.id, type: 'public-key' }])
  })

  it('refuses an expired registration challenge', async () => {
    const ibex = createTestIbex()
    const credential = await createSoftwareAuthenticator({ origin }).register(
      await beginSignUp(ibex),
    )
    ibex.clock.advance(300_001)
    const response = await ibex.call('POST', '/v1.2/auth/sign-up', { body: { credential } })
    expect(response.body.error_code).toBe('EXPIRED')
  })

  it('refuses a reused registration challenge', async () => {
    const ibex = createTestIbex()
    const credential = await createSoftwareAuthenticator({ origin }).register(
      await beginSignUp(ibex),
    )
    expect((await ibex.call('POST', '/v1.2/auth/sign-up', { body: { credential } })).status).toBe(
      200,
    )
    const again = await ibex.call('POST', '/v1.2/auth/sign-up', { body: { credential } })
    expect(again.body.error_code).toBe('CHALLENGE_USED')
  })

  it('refuses a tampered attestation with INVALID_ATTESTATION', async () => {
    const ibex = createTestIbex()
    const credential = await createSoftwareAuthenticator({ origin }).register(
      await beginSignUp(ibex),
    )
    const attestation = decodeCBOR(base64ToBytes(credential.response.attestationObject)) as Map<
      string,
      CBORType
    >
    const authData = new Uint8Array(attestation.get('authData') as Uint8Array)
    authData[0] = (authData[0] ?? 0) ^ 0xff // rpIdHash no longer matches
    attestation.set('authData', authData)
    const tampered = {
      ...credential,
      response: {
        ...credential.response,
        attestationObject: bytesToBase64url(encodeCBOR(attestation)),
      },
    }
    const response = await ibex.call('POST', '/v1.2/auth/sign-up', {
      body: { credential: tampered },
    })
    expect(response.status).toBe(400)
    expect(response.body.error_code).toBe('INVALID_ATTESTATION')
    expect(String(response.body.message)).toMatch(/RP ID hash/)
  })

  it('refuses a clientDataJSON origin that differs from the request Origin', async () => {
    const ibex = createTestIbex()
    const credential = await createSoftwareAuthenticator({ origin }).register(
      await beginSignUp(ibex),
    )
    const response = await ibex.call('POST', '/v1.2/auth/sign-up', {
      body: { credential },
      headers: { origin: 'http://localhost:3000' },
    })
    expect(response.body.error_code).toBe('ORIGIN_MISMATCH')
  })

  it('refuses an origin outside the rpId unless it is in allowedOrigins', async () => {
    const retarget = async (allowedOrigins: string[]) => {
      const ibex = createTestIbex({ allowedOrigins })
      const credential = await createSoftwareAuthenticator({ origin }).register(
        await beginSignUp(ibex),
      )
      const clientData = JSON.parse(
        new TextDecoder().decode(base64ToBytes(credential.response.clientDataJSON)),
      )
      const moved = new TextEncoder().encode(
        JSON.stringify({ ...clientData, origin: 'https://wallet.partner.test' }),
      )
      const body = {
        credential: {
          ...credential,
          response: { ...credential.response, clientDataJSON: bytesToBase64url(moved) },
        },
      }
      return ibex.call('POST', '/v1.2/auth/sign-up', { body })
    }
    expect((await retarget([])).body.error_code).toBe('ORIGIN_MISMATCH')
    expect((await retarget(['https://wallet.partner.test'])).status).toBe(200)
  })

  it('refuses a tampered assertion signature with INVALID_ASSERTION', async () => {
    const ibex = createTestIbex()
    const { authenticator } = await signUp(ibex)
    const assertion = await authenticator.authenticate(await beginSignIn(ibex))
    const signature = base64ToBytes(assertion.response.signature)
    signature[signature.length - 1] = (signature[signature.length - 1] ?? 0) ^ 0x01
    const response = await ibex.call('POST', '/v1.2/auth/sign-in', {
      body: {
        credential: {
          ...assertion,
          response: { ...assertion.response, signature: bytesToBase64url(signature) },
        },
      },
    })
    expect(response.status).toBe(401)
    expect(response.body.error_code).toBe('INVALID_ASSERTION')
    expect(String(response.body.message)).toMatch(/signature/)
  })

  it('refuses an assertion whose signature counter went backwards', async () => {
    const ibex = createTestIbex()
    const { authenticator } = await signUp(ibex)
    const older = await authenticator.authenticate(await beginSignIn(ibex))
    const newer = await authenticator.authenticate(await beginSignIn(ibex))
    expect(
      (await ibex.call('POST', '/v1.2/auth/sign-in', { body: { credential: newer } })).status,
    ).toBe(200)
    const stale = await ibex.call('POST', '/v1.2/auth/sign-in', { body: { credential: older } })
    expect(stale.body.error_code).toBe('INVALID_ASSERTION')
    expect(String(stale.body.message)).toMatch(/counter/i)
  })

  it('refuses an assertion without user verification', async () => {
    const ibex = createTestIbex()
    const noUv = createSoftwareAuthenticator({ origin, userVerification: false })
    expect((await signUp(ibex, noUv)).response.status).toBe(200)
    const assertion = await noUv.authenticate(await beginSignIn(ibex))
    const response = await ibex.call('POST', '/v1.2/auth/sign-in', {
      body: { credential: assertion },
    })
    expect(response.body.error_code).toBe('INVALID_ASSERTION')
    expect(String(response.body.message)).toMatch(/verif/i)
  })

  it('refuses a reused authentication challenge', async () => {
    const ibex = createTestIbex()
    const { authenticator } = await signUp(ibex)
    const options = await beginSignIn(ibex)
    expect(
      (
        await ibex.call('POST', '/v1.2/auth/sign-in', {
          body: { credential: await authenticator.authenticate(options) },
        })
      ).status,
    ).toBe(200)
    const again = await ibex.call('POST', '/v1.2/auth/sign-in', {
      body: { credential: await authenticator.authenticate(options) },
    })
    expect(again.body.error_code).toBe('CHALLENGE_USED')
  })

  it('does not know a passkey of another tenant (UNKNOWN_CREDENTIAL)', async () => {
    const ibex = createTestIbex({ rpIds: ['example.com', 'shop.test'] })
    const authenticator = createSoftwareAuthenticator({ origin: 'https://example.com' })
    const options = (await ibex.call('GET', '/v1.2/auth/sign-up', { rpId: 'example.com' })).body
      .credentialRequestOptions as SoftwareCreationOptionsJSON
    const credential = await authenticator.register(options)
    expect(
      (await ibex.call('POST', '/v1.2/auth/sign-up', { rpId: 'example.com', body: { credential } }))
        .status,
    ).toBe(200)

    const assertion = await authenticator.authenticate(await beginSignIn(ibex, 'example.com'))
    const elsewhere = await ibex.call('POST', '/v1.2/auth/sign-in', {
      rpId: 'shop.test',
      body: { credential: assertion },
    })
    expect(elsewhere.status).toBe(401)
    expect(elsewhere.body.error_code).toBe('UNKNOWN_CREDENTIAL')
    const home = await ibex.call('POST', '/v1.2/auth/sign-in', {
      rpId: 'example.com',
      body: { credential: assertion },
    })
    expect(home.status).toBe(200)
  })
})
