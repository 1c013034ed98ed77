import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser'
import { afterEach, describe, expect, test } from 'vitest'
import { IbexWebAuthnError } from '../../../src/core/errors/IbexWebAuthnError.ts'
import { bytesToBase64url } from '../../../src/core/utils/base64.ts'
import { cancelPasskeyCeremony } from '../../../src/core/webauthn/cancelPasskeyCeremony.ts'
import { createPasskeyCredential } from '../../../src/core/webauthn/createPasskeyCredential.ts'
import { getPasskeyAssertion } from '../../../src/core/webauthn/getPasskeyAssertion.ts'
import {
  browserSupportsPasskeys,
  getPasskeySupport,
} from '../../../src/core/webauthn/getPasskeySupport.ts'
import {
  createSoftwareAuthenticator,
  type SoftwareAuthenticator,
} from '../../../src/mock/authenticator/createSoftwareAuthenticator.ts'

const random = (length: number) => bytesToBase64url(crypto.getRandomValues(new Uint8Array(length)))
// PRF salts as IBEx sends them (base64url text), which the DOM typings of `extensions` do not know.
const prf = () =>
  ({ prf: { eval: { first: random(32) } } }) as unknown as AuthenticationExtensionsClientInputs

function creationOptions(
  extra: Partial<PublicKeyCredentialCreationOptionsJSON> = {},
): PublicKeyCredentialCreationOptionsJSON {
  return {
    rp: { id: 'localhost', name: 'localhost' },
    user: { id: random(16), name: 'ada', displayName: 'Ada' },
    challenge: random(32),
    pubKeyCredParams: [{ alg: -7, type: 'public-key' }],
    timeout: 60_000,
    extensions: prf(),
    ...extra,
  }
}

function requestOptions(
  extra: Partial<PublicKeyCredentialRequestOptionsJSON> = {},
): PublicKeyCredentialRequestOptionsJSON {
  return { challenge: random(32), rpId: 'localhost', timeout: 60_000, extensions: prf(), ...extra }
}

let installed: SoftwareAuthenticator | undefined

function install(options: { prf?: boolean } = {}) {
  installed = createSoftwareAuthenticator({ origin: globalThis.location.origin, ...options })
  installed.install()
  return installed
}

/** A clock that answers each value in turn (the last one forever). */
function clock(...values: number[]) {
  return () => (values.length > 1 ? values.shift()! : values[0]!)
}

afterEach(() => {
  installed?.uninstall()
  installed = undefined
  document.body.innerHTML = ''
})

describe('createPasskeyCredential / getPasskeyAssertion', () => {
  test('create then get with base64url PRF salts; PRF output never comes back', async () => {
    install()
    const { credential, prfCapable } = await createPasskeyCredential(creationOptions())
    expect(prfCapable).toBe(true)
    expect(credential.clientExtensionResults).toEqual({ prf: { enabled: true } })
    expect(credential.response.attestationObject).toMatch(/^[\w-]+$/)

    const assertion = await getPasskeyAssertion({ optionsJSON: requestOptions() })
    expect(assertion.id).toBe(credential.id)
    expect(assertion.clientExtensionResults).toEqual({ prf: { enabled: true } })
  })

  test('an authenticator without PRF is reported as not PRF-capable', async () => {
    install({ prf: false })
    const { prfCapable, credential } = await createPasskeyCredential(creationOptions())
    expect(prfCapable).toBe(false)
    expect(credential.clientExtensionResults).toEqual({})
  })

  test('NotAllowedError is a timeout when the prompt ran its whole timeout, else a cancel', async () => {
    const authenticator = install()
    authenticator.failNext('NotAllowedError')
    await expect(
      createPasskeyCredential(creationOptions(), clock(1_000, 61_000)),
    ).rejects.toMatchObject({ code: 'webauthn/timeout' })
    authenticator.failNext('NotAllowedError')
    await expect(
      createPasskeyCredential(creationOptions(), clock(1_000, 3_000)),
    ).rejects.toMatchObject({ code: 'webauthn/cancelled' })
    await createPasskeyCredential(creationOptions())
    authenticator.failNext('NotAllowedError')
    await expect(
      getPasskeyAssertion({ optionsJSON: requestOptions(), now: clock(0, 60_000) }),
    ).rejects.toMatchObject({ code: 'webauthn/timeout' })
  })

  test('an excluded credential, a foreign rpId and no passkey map to their codes', async () => {
    install()
    await expect(getPasskeyAssertion({ optionsJSON: requestOptions() })).rejects.toMatchObject({
      code: 'webauthn/cancelled',
    })
    const { credential } = await createPasskeyCredential(creationOptions())
    await expect(
      createPasskeyCredential(
        creationOptions({ excludeCredentials: [{ id: credential.id, type: 'public-key' }] }),
      ),
    ).rejects.toMatchObject({ code: 'webauthn/credential-excluded' })
    await expect(
      createPasskeyCredential(creationOptions({ rp: { id: 'example.com', name: 'x' } })),
    ).rejects.toMatchObject({ code: 'webauthn/invalid-rp' })
  })

  test('cancelPasskeyCeremony ends a waiting autofill request with webauthn/aborted', async () => {
    install()
    await createPasskeyCredential(creationOptions())
    const input = document.createElement('input')
    input.setAttribute('autocomplete', 'username webauthn')
    document.body.append(input)
    const pending = getPasskeyAssertion({ optionsJSON: requestOptions(), mediation: 'conditional' })
    await new Promise((resolve) => setTimeout(resolve, 20))
    cancelPasskeyCeremony()
    const error = await pending.then(
      () => undefined,
      (reason: unknown) => reason,
    )
    expect(error).toBeInstanceOf(IbexWebAuthnError)
    expect(error).toMatchObject({ code: 'webauthn/aborted' })
  })

  test('a browser without WebAuthn: unsupported, and support reports nothing', async () => {
    await expect(createPasskeyCredential(creationOptions())).rejects.toMatchObject({
      code: 'webauthn/unsupported',
    })
    await expect(getPasskeyAssertion({ optionsJSON: requestOptions() })).rejects.toMatchObject({
      code: 'webauthn/unsupported',
    })
    expect(await getPasskeySupport()).toEqual({
      webauthn: false,
      platformAuthenticator: false,
      conditionalMediation: false,
    })
    expect(await browserSupportsPasskeys()).toBe(false)
  })

  test('a browser with a platform authenticator supports passkeys and autofill', async () => {
    install()
    expect(await getPasskeySupport()).toEqual({
      webauthn: true,
      platformAuthenticator: true,
      conditionalMediation: true,
    })
    expect(await browserSupportsPasskeys()).toBe(true)
  })
})
