import {
  browserSupportsWebAuthn,
  platformAuthenticatorIsAvailable,
  startAuthentication,
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser'
import { afterEach, describe, expect, it } from 'vitest'
import { base64ToBytes, bytesToBase64url } from '../../src/core/utils/base64.ts'
import { createSoftwareAuthenticator } from '../../src/mock/authenticator/createSoftwareAuthenticator.ts'
import { createTestIbex } from './createTestIbex.ts'

const origin = 'http://localhost:5173'
const installed: { uninstall(): void }[] = []

function installAuthenticator(
  options: Parameters<typeof createSoftwareAuthenticator>[0] = { origin },
) {
  const authenticator = createSoftwareAuthenticator(options)
  authenticator.install()
  installed.push(authenticator)
  return authenticator
}

afterEach(() => {
  installed.splice(0).forEach((authenticator) => authenticator.uninstall())
})

const challenge = () => crypto.getRandomValues(new Uint8Array(32))

function creationOptions(
  extra: Partial<PublicKeyCredentialCreationOptions> = {},
): PublicKeyCredentialCreationOptions {
  return {
    rp: { id: 'localhost', name: 'localhost' },
    user: { id: new Uint8Array([1, 2, 3]), name: 'ada', displayName: 'Ada' },
    challenge: challenge(),
    pubKeyCredParams: [{ alg: -7, type: 'public-key' }],
    ...extra,
  }
}

describe('createSoftwareAuthenticator', () => {
  it('makes @simplewebauthn/browser work in jsdom, end to end against the mock', async () => {
    expect(browserSupportsWebAuthn()).toBe(false)
    installAuthenticator()
    expect(browserSupportsWebAuthn()).toBe(true)
    expect(await platformAuthenticatorIsAvailable()).toBe(true)
    expect(await PublicKeyCredential.isConditionalMediationAvailable?.()).toBe(true)

    const ibex = createTestIbex()
    const begin = await ibex.call('GET', '/v1.2/auth/sign-up')
    const options = begin.body
      .credentialRequestOptions as PublicKeyCredentialCreationOptionsJSON & {
      extensions: { prf: { eval: { first: string } } }
    }
    const registration = await startRegistration({
      optionsJSON: {
        ...options,
        extensions: { prf: { eval: { first: base64ToBytes(options.extensions.prf.eval.first) } } },
      } as PublicKeyCredentialCreationOptionsJSON,
    })
    expect(registration.response.publicKeyAlgorithm).toBe(-7)
    const signUp = await ibex.call('POST', '/v1.2/auth/sign-up', {
      body: { credential: registration },
      headers: { origin },
    })
    expect(signUp.status).toBe(200)
    expect(signUp.body.prfCapable).toBe(true)

    const signInOptions = (await ibex.call('GET', '/v1.2/auth/sign-in')).body
      .credentialRequestOptions as PublicKeyCredentialRequestOptionsJSON
    const assertion = await startAuthentication({
      optionsJSON: { ...signInOptions, extensions: {} },
    })
    const signIn = await ibex.call('POST', '/v1.2/auth/sign-in', {
      body: { credential: assertion },
      headers: { origin },
    })
    expect(signIn.status).toBe(200)
    expect(signIn.body.subject).toBe(signUp.body.subject)
  })

  it('returns credentials that are instances of the installed PublicKeyCredential', async () => {
    installAuthenticator()
    const credential = await navigator.credentials.create({ publicKey: creationOptions() })
    expect(credential).toBeInstanceOf(PublicKeyCredential)
  })

  it('counts signatures and returns the resident user handle', async () => {
    const authenticator = installAuthenticator()
    await navigator.credentials.create({ publicKey: creationOptions() })
    for (let i = 0; i < 2; i++) {
      await navigator.credentials.get({ publicKey: { challenge: challenge(), rpId: 'localhost' } })
    }
    const [info] = authenticator.credentials()
    expect(info).toMatchObject({
      rpId: 'localhost',
      userName: 'ada',
      userHandle: bytesToBase64url(new Uint8Array([1, 2, 3])),
      counter: 2,
    })
    const assertion = await authenticator.authenticate({ challenge: bytesToBase64url(challenge()) })
    expect(assertion.response.userHandle).toBe(info?.userHandle)
    const authData = base64ToBytes(assertion.response.authenticatorData)
    expect(new DataView(authData.buffer).getUint32(33)).toBe(3)
  })

  it('evaluates PRF deterministically per credential and salt', async () => {
    const first = createSoftwareAuthenticator({ origin })
    const second = createSoftwareAuthenticator({ origin })
    const options = {
      rp: { id: 'localhost', name: 'localhost' },
      user: { id: 'AQID', name: 'ada', displayName: 'Ada' },
      challenge: bytesToBase64url(challenge()),
      pubKeyCredParams: [{ alg: -7, type: 'public-key' }],
    }
    await first.register(options)
    await second.register(options)
    const prf = { eval: { first: bytesToBase64url(new Uint8Array(32).fill(7)) } }
    const get = (authenticator: typeof first) =>
      authenticator.authenticate({ challenge: bytesToBase64url(challenge()), extensions: { prf } })
    const a1 = (await get(first)).clientExtensionResults.prf?.results?.first
    const a2 = (await get(first)).clientExtensionResults.prf?.results?.first
    const b = (await get(second)).clientExtensionResults.prf?.results?.first
    expect(a1).toBeDefined()
    expect(base64ToBytes(String(a1))).toHaveLength(32)
    expect(a2).toBe(a1)
    expect(b).not.toBe(a1)
  })

  it('makes the same keys from the same seed, a new one per credential, from the start after clear()', async () => {
    const options = (user: string) => ({
      rp: { id: 'localhost', name: 'localhost' },
      user: { id: user, name: 'ada', displayName: 'Ada' },
      challenge: bytesToBase64url(challenge()),
      pubKeyCredParams: [{ alg: -7, type: 'public-key' }],
    })
    const keysOf = async (authenticator: ReturnType<typeof createSoftwareAuthenticator>) => [
      (await authenticator.register(options('AQID'))).response.publicKey,
      (await authenticator.register(options('BAUG'))).response.publicKey,
    ]
    const first = createSoftwareAuthenticator({ origin, seed: 'visual' })
    const keys = await keysOf(first)
    expect(keys[0]).toBeDefined()
    expect(keys[1]).not.toBe(keys[0])
    expect(await keysOf(createSoftwareAuthenticator({ origin, seed: 'visual' }))).toEqual(keys)
    first.clear()
    expect(await keysOf(first)).toEqual(keys)
    // A seeded credential signs like any other.
    const assertion = await first.authenticate({ challenge: bytesToBase64url(challenge()) })
    expect(assertion.response.signature).toBeTruthy()
    const other = await keysOf(createSoftwareAuthenticator({ origin, seed: 'other' }))
    expect(other[0]).not.toBe(keys[0])
    const unseeded = await keysOf(createSoftwareAuthenticator({ origin }))
    expect(unseeded[0]).not.toBe(keys[0])
  })

  it('fails the next ceremony with the requested DOMException, once', async () => {
    const authenticator = installAuthenticator()
    authenticator.failNext('NotAllowedError')
    const error = await navigator.credentials
      .create({ publicKey: creationOptions() })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DOMException)
    expect((error as DOMException).name).toBe('NotAllowedError')
    await expect(
      navigator.credentials.create({ publicKey: creationOptions() }),
    ).resolves.toBeDefined()

    authenticator.failNext('AbortError')
    const wrapped: unknown = await startAuthentication({
      optionsJSON: { challenge: bytesToBase64url(challenge()) },
    }).catch((e: unknown) => e)
    const { name, cause } = wrapped as { name: string; cause?: { name: string } }
    expect([name, cause?.name]).toContain('AbortError')
  })

  it('refuses an rpId foreign to the origin, excluded credentials and no credential', async () => {
    const authenticator = installAuthenticator()
    const foreign = navigator.credentials.create({
      publicKey: creationOptions({ rp: { id: 'example.com', name: 'x' } }),
    })
    await expect(foreign).rejects.toMatchObject({ name: 'SecurityError' })

    await expect(
      navigator.credentials.get({ publicKey: { challenge: challenge() } }),
    ).rejects.toMatchObject({
      name: 'NotAllowedError',
    })

    const created = await authenticator.register({
      rp: { name: 'localhost' },
      user: { id: 'AQID', name: 'ada', displayName: 'Ada' },
      challenge: bytesToBase64url(challenge()),
      pubKeyCredParams: [{ alg: -7, type: 'public-key' }],
    })
    const excluded = navigator.credentials.create({
      publicKey: creationOptions({
        excludeCredentials: [{ id: base64ToBytes(created.id), type: 'public-key' }],
      }),
    })
    await expect(excluded).rejects.toMatchObject({ name: 'InvalidStateError' })
  })

  it('waits for the user on conditional mediation', async () => {
    const authenticator = installAuthenticator()
    await navigator.credentials.create({ publicKey: creationOptions() })
    let settled = false
    const pending = navigator.credentials
      .get({ mediation: 'conditional', publicKey: { challenge: challenge() } })
      .then((credential) => {
        settled = true
        return credential
      })
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(settled).toBe(false)
    authenticator.completeConditional()
    await expect(pending).resolves.toBeInstanceOf(PublicKeyCredential)
  })

  it('uninstall restores the environment', async () => {
    const authenticator = createSoftwareAuthenticator({ origin })
    authenticator.install()
    expect(navigator.credentials).toBeDefined()
    authenticator.uninstall()
    expect(navigator.credentials).toBeUndefined()
    expect(globalThis.PublicKeyCredential).toBeUndefined()
  })
})
