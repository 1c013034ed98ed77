import { encodeCBOR, type CBORType } from '@levischuck/tiny-cbor'
import { base64ToBytes, bytesToBase64url } from '../../core/utils/base64.ts'
import { buildAuthenticatorData } from './buildAuthenticatorData.ts'
import { encodeDerSignature } from './encodeDerSignature.ts'
import { evaluatePrf } from './evaluatePrf.ts'
import { installWebAuthn } from './installWebAuthn.ts'
import { SoftwarePublicKeyCredential } from './SoftwarePublicKeyCredential.ts'
import type {
  CredentialDescriptorJSON,
  SoftwareCredentialJSON,
  PrfInputsJSON,
  SoftwareAuthenticationJSON,
  SoftwareAuthenticatorOptions,
  SoftwareCreationOptionsJSON,
  SoftwareCredentialInfo,
  SoftwareExtensionResultsJSON,
  SoftwareRegistrationJSON,
  SoftwareRequestOptionsJSON,
} from './SoftwareAuthenticatorTypes.ts'
import { toBytes } from './toBytes.ts'

type StoredCredential = {
  id: Uint8Array<ArrayBuffer>
  idText: string
  rpId: string
  userHandle: Uint8Array<ArrayBuffer>
  userName: string
  keyPair: CryptoKeyPair
  counter: number
  prfSecret: Uint8Array<ArrayBuffer>
}

type PrfValues = { first: BufferSource; second?: BufferSource }
type PrfInputs = { eval?: PrfValues; evalByCredential?: Record<string, PrfValues> }

/** `response` of an attestation credential. */
export type SoftwareAttestationResponse = {
  clientDataJSON: ArrayBuffer
  attestationObject: ArrayBuffer
  getTransports(): string[]
  getAuthenticatorData(): ArrayBuffer
  getPublicKey(): ArrayBuffer
  getPublicKeyAlgorithm(): number
}

/** `response` of an assertion credential. */
export type SoftwareAssertionResponse = {
  clientDataJSON: ArrayBuffer
  authenticatorData: ArrayBuffer
  signature: ArrayBuffer
  userHandle: ArrayBuffer
}

/**
 * A software passkey authenticator (see {@link createSoftwareAuthenticator}).
 *
 * @example
 * const authenticator = createSoftwareAuthenticator({ origin: 'http://localhost:5173' })
 * authenticator.install()
 * authenticator.failNext('NotAllowedError') // the next ceremony is "cancelled"
 */
export type SoftwareAuthenticator = {
  readonly origin: string
  /** `navigator.credentials.create()`: a new resident ES256 credential, 'none' attestation. */
  create(
    options?: CredentialCreationOptions,
  ): Promise<SoftwarePublicKeyCredential<SoftwareAttestationResponse, SoftwareRegistrationJSON>>
  /** `navigator.credentials.get()`: an assertion by an allowed (or the newest resident) credential. */
  get(
    options?: CredentialRequestOptions,
  ): Promise<SoftwarePublicKeyCredential<SoftwareAssertionResponse, SoftwareAuthenticationJSON>>
  /** {@link SoftwareAuthenticator.create} from IBEx's JSON options; resolves to the JSON to POST. */
  register(optionsJSON: SoftwareCreationOptionsJSON): Promise<SoftwareRegistrationJSON>
  /** {@link SoftwareAuthenticator.get} from IBEx's JSON options; resolves to the JSON to POST. */
  authenticate(optionsJSON: SoftwareRequestOptionsJSON): Promise<SoftwareAuthenticationJSON>
  /** The stored credentials. */
  credentials(): SoftwareCredentialInfo[]
  /** Makes the next ceremony reject with `new DOMException(message, name)`, e.g. `NotAllowedError`. */
  failNext(name: string, message?: string): void
  /** Resolves a pending conditional-mediation `get()` (autofill) as if the user picked a passkey. */
  completeConditional(): void
  /** Forgets every credential. */
  clear(): void
  /** Provides `navigator.credentials` and `PublicKeyCredential` on `target` (default globalThis). */
  install(target?: object): void
  /** Restores what `install` replaced. */
  uninstall(): void
}

const algorithmEs256 = -7

function domException(message: string, name: string): DOMException {
  return new DOMException(message, name)
}

function decodePrf(prf: PrfInputsJSON): PrfInputs {
  const values = (json: { first: string; second?: string | undefined }): PrfValues => ({
    first: base64ToBytes(json.first),
    ...(json.second === undefined ? {} : { second: base64ToBytes(json.second) }),
  })
  return {
    ...(prf.eval ? { eval: values(prf.eval) } : {}),
    ...(prf.evalByCredential
      ? {
          evalByCredential: Object.fromEntries(
            Object.entries(prf.evalByCredential).map(([id, json]) => [id, values(json)]),
          ),
        }
      : {}),
  }
}

/** JSON extensions (base64url PRF salts) → what `navigator.credentials` takes. */
function decodeExtensions(
  extensions: { prf?: PrfInputsJSON | undefined } | undefined,
): AuthenticationExtensionsClientInputs {
  if (!extensions?.prf) return { ...extensions } as AuthenticationExtensionsClientInputs
  return { ...extensions, prf: decodePrf(extensions.prf) } as AuthenticationExtensionsClientInputs
}

/** JSON credential descriptors → binary ones. */
function decodeDescriptors(
  descriptors: readonly CredentialDescriptorJSON[] | undefined,
): PublicKeyCredentialDescriptor[] {
  return (descriptors ?? []).map((d) => ({ id: base64ToBytes(d.id), type: 'public-key' }))
}

/**
 * A real ES256 (P-256, WebCrypto) passkey authenticator for tests without a browser: resident
 * credentials, 'none' attestation, assertions with a signature counter, PRF (hmac-secret) results
 * when asked, and `install()` to provide `navigator.credentials` and `PublicKeyCredential` so that
 * @simplewebauthn/browser (and the kit) run in jsdom.
 *
 * @example
 * const authenticator = createSoftwareAuthenticator({ origin: 'http://localhost:3000' })
 * const { credentialRequestOptions } = await (await fetch(`${ibex}/v1.2/auth/sign-up`)).json()
 * const credential = await authenticator.register(credentialRequestOptions)
 */
export function createSoftwareAuthenticator(
  options: SoftwareAuthenticatorOptions,
): SoftwareAuthenticator {
  const origin = new URL(options.origin).origin
  const host = new URL(origin).hostname
  const supportsPrf = options.prf ?? true
  const userVerified = options.userVerification ?? true
  const stored: StoredCredential[] = []
  let failure: DOMException | undefined
  let conditional: (() => void) | undefined
  let uninstall: (() => void) | undefined

  function begin(signal: AbortSignal | null | undefined, rpId: string | undefined): string {
    if (failure) {
      const error = failure
      failure = undefined
      throw error
    }
    if (signal?.aborted) throw domException('The operation was aborted.', 'AbortError')
    const effective = (rpId ?? options.rpId ?? host).toLowerCase()
    if (host !== effective && !host.endsWith(`.${effective}`)) {
      throw domException(
        `The rpId ${effective} is not valid for the origin ${origin}.`,
        'SecurityError',
      )
    }
    return effective
  }

  function clientData(type: string, challenge: BufferSource): Uint8Array<ArrayBuffer> {
    const json = JSON.stringify({
      type,
      challenge: bytesToBase64url(toBytes(challenge)),
      origin,
      crossOrigin: false,
    })
    return new TextEncoder().encode(json)
  }

  async function prfResults(
    credential: StoredCredential,
    inputs: PrfInputs | undefined,
  ): Promise<{ first: ArrayBuffer; second?: ArrayBuffer } | undefined> {
    const values = inputs?.evalByCredential?.[credential.idText] ?? inputs?.eval
    if (!values) return undefined
    return {
      first: await evaluatePrf(credential.prfSecret, values.first),
      ...(values.second ? { second: await evaluatePrf(credential.prfSecret, values.second) } : {}),
    }
  }

  function extensionJson(results: Record<string, unknown>): SoftwareExtensionResultsJSON {
    const out: SoftwareExtensionResultsJSON = {}
    const prf = results.prf as
      { enabled?: boolean; results?: { first: ArrayBuffer; second?: ArrayBuffer } } | undefined
    if (prf) {
      out.prf = {
        ...(prf.enabled === undefined ? {} : { enabled: prf.enabled }),
        ...(prf.results
          ? {
              results: {
                first: bytesToBase64url(new Uint8Array(prf.results.first)),
                ...(prf.results.second
                  ? { second: bytesToBase64url(new Uint8Array(prf.results.second)) }
                  : {}),
              },
            }
          : {}),
      }
    }
    if (results.credProps) out.credProps = results.credProps as { rk: boolean }
    return out
  }

  function wrap<Response extends object, ResponseJson>(
    credential: StoredCredential,
    response: Response,
    extensionResults: Record<string, unknown>,
    responseJson: ResponseJson,
  ): SoftwarePublicKeyCredential<Response, SoftwareCredentialJSON<ResponseJson>> {
    return new SoftwarePublicKeyCredential({
      id: credential.idText,
      rawId: credential.id.buffer.slice(0),
      response,
      extensionResults,
      json: {
        id: credential.idText,
        rawId: credential.idText,
        type: 'public-key',
        authenticatorAttachment: 'platform',
        response: responseJson,
        clientExtensionResults: extensionJson(extensionResults),
      },
    })
  }

  const authenticator: SoftwareAuthenticator = {
    origin,

    async create(createOptions = {}) {
      const publicKey = createOptions.publicKey
      if (!publicKey)
        throw domException('Only publicKey credentials are supported.', 'NotSupportedError')
      const rpId = begin(createOptions.signal, publicKey.rp.id)
      if (!publicKey.pubKeyCredParams.some((param) => param.alg === algorithmEs256)) {
        throw domException('No supported algorithm (ES256) was offered.', 'NotSupportedError')
      }
      const excluded = (publicKey.excludeCredentials ?? []).map((d) =>
        bytesToBase64url(toBytes(d.id)),
      )
      if (stored.some((c) => c.rpId === rpId && excluded.includes(c.idText))) {
        throw domException('A credential of this authenticator is excluded.', 'InvalidStateError')
      }
      const keyPair = await crypto.subtle.generateKey(
        { name: 'ECDSA', namedCurve: 'P-256' },
        false,
        ['sign', 'verify'],
      )
      const publicKeyRaw = new Uint8Array(await crypto.subtle.exportKey('raw', keyPair.publicKey))
      const spki = await crypto.subtle.exportKey('spki', keyPair.publicKey)
      const id = crypto.getRandomValues(new Uint8Array(32))
      const credential: StoredCredential = {
        id,
        idText: bytesToBase64url(id),
        rpId,
        userHandle: toBytes(publicKey.user.id),
        userName: publicKey.user.name,
        keyPair,
        counter: 0,
        prfSecret: crypto.getRandomValues(new Uint8Array(32)),
      }
      // A resident credential replaces the one of the same user on the same rpId, as platforms do.
      const sameUser = stored.findIndex(
        (c) =>
          c.rpId === rpId &&
          bytesToBase64url(c.userHandle) === bytesToBase64url(credential.userHandle),
      )
      if (sameUser >= 0) stored.splice(sameUser, 1)
      stored.push(credential)

      const authenticatorData = await buildAuthenticatorData({
        rpId,
        userVerified,
        counter: credential.counter,
        attested: { credentialId: id, publicKeyRaw },
      })
      const attestationObject = encodeCBOR(
        new Map<string, CBORType>([
          ['fmt', 'none'],
          ['attStmt', new Map<string, CBORType>()],
          ['authData', authenticatorData],
        ]),
      )
      const clientDataJSON = clientData('webauthn.create', publicKey.challenge)
      const extensions = publicKey.extensions as
        { prf?: PrfInputs; credProps?: boolean } | undefined
      const extensionResults: Record<string, unknown> = {}
      if (extensions?.prf && supportsPrf) {
        const results = await prfResults(credential, extensions.prf)
        extensionResults.prf = { enabled: true, ...(results ? { results } : {}) }
      }
      if (extensions?.credProps) extensionResults.credProps = { rk: true }
      const transports = ['hybrid', 'internal']
      const response: SoftwareAttestationResponse = {
        clientDataJSON: clientDataJSON.buffer,
        attestationObject: toBytes(attestationObject).buffer,
        getTransports: () => [...transports],
        getAuthenticatorData: () => authenticatorData.buffer.slice(0),
        getPublicKey: () => spki.slice(0),
        getPublicKeyAlgorithm: () => algorithmEs256,
      }
      return wrap(credential, response, extensionResults, {
        clientDataJSON: bytesToBase64url(clientDataJSON),
        attestationObject: bytesToBase64url(attestationObject),
        authenticatorData: bytesToBase64url(authenticatorData),
        transports,
        publicKey: bytesToBase64url(new Uint8Array(spki)),
        publicKeyAlgorithm: algorithmEs256,
      })
    },

    async get(getOptions = {}) {
      const publicKey = getOptions.publicKey
      if (!publicKey)
        throw domException('Only publicKey credentials are supported.', 'NotSupportedError')
      const rpId = begin(getOptions.signal, publicKey.rpId)
      if (getOptions.mediation === 'conditional') {
        // Autofill waits for the user: until completeConditional() or an abort.
        await new Promise<void>((resolve, reject) => {
          conditional = resolve
          getOptions.signal?.addEventListener('abort', () =>
            reject(domException('The operation was aborted.', 'AbortError')),
          )
        })
      }
      const allowed = (publicKey.allowCredentials ?? []).map((d) => bytesToBase64url(toBytes(d.id)))
      const candidates = stored.filter(
        (c) => c.rpId === rpId && (allowed.length === 0 || allowed.includes(c.idText)),
      )
      const credential = candidates[candidates.length - 1]
      if (!credential) {
        throw domException(
          'No passkey of this authenticator is available for this site.',
          'NotAllowedError',
        )
      }
      credential.counter += 1
      const authenticatorData = await buildAuthenticatorData({
        rpId,
        userVerified,
        counter: credential.counter,
      })
      const clientDataJSON = clientData('webauthn.get', publicKey.challenge)
      const clientDataHash = new Uint8Array(await crypto.subtle.digest('SHA-256', clientDataJSON))
      const signed = new Uint8Array(authenticatorData.length + clientDataHash.length)
      signed.set(authenticatorData)
      signed.set(clientDataHash, authenticatorData.length)
      const raw = new Uint8Array(
        await crypto.subtle.sign(
          { name: 'ECDSA', hash: 'SHA-256' },
          credential.keyPair.privateKey,
          signed,
        ),
      )
      const signature = encodeDerSignature(raw)
      const extensions = publicKey.extensions as { prf?: PrfInputs } | undefined
      const extensionResults: Record<string, unknown> = {}
      if (extensions?.prf && supportsPrf) {
        const results = await prfResults(credential, extensions.prf)
        extensionResults.prf = results ? { results } : {}
      }
      const response: SoftwareAssertionResponse = {
        clientDataJSON: clientDataJSON.buffer,
        authenticatorData: authenticatorData.buffer,
        signature: signature.buffer,
        userHandle: credential.userHandle.buffer.slice(0),
      }
      return wrap(credential, response, extensionResults, {
        clientDataJSON: bytesToBase64url(clientDataJSON),
        authenticatorData: bytesToBase64url(authenticatorData),
        signature: bytesToBase64url(signature),
        userHandle: bytesToBase64url(credential.userHandle),
      })
    },

    async register(json) {
      const publicKey: PublicKeyCredentialCreationOptions = {
        rp: json.rp,
        user: { ...json.user, id: base64ToBytes(json.user.id) },
        challenge: base64ToBytes(json.challenge),
        pubKeyCredParams: json.pubKeyCredParams as PublicKeyCredentialParameters[],
        excludeCredentials: decodeDescriptors(json.excludeCredentials),
        extensions: decodeExtensions(json.extensions),
      }
      return (await authenticator.create({ publicKey })).toJSON()
    },

    async authenticate(json) {
      const publicKey: PublicKeyCredentialRequestOptions = {
        challenge: base64ToBytes(json.challenge),
        ...(json.rpId ? { rpId: json.rpId } : {}),
        allowCredentials: decodeDescriptors(json.allowCredentials),
        extensions: decodeExtensions(json.extensions),
      }
      return (await authenticator.get({ publicKey })).toJSON()
    },

    credentials() {
      return stored.map((c) => ({
        id: c.idText,
        rpId: c.rpId,
        userHandle: bytesToBase64url(c.userHandle),
        userName: c.userName,
        counter: c.counter,
      }))
    },

    failNext(name, message = `The software authenticator was told to fail with ${name}.`) {
      failure = domException(message, name)
    },

    completeConditional() {
      conditional?.()
      conditional = undefined
    },

    clear() {
      stored.length = 0
    },

    install(target = globalThis) {
      uninstall?.()
      uninstall = installWebAuthn(target, {
        create: (o) => authenticator.create(o),
        get: (o) => authenticator.get(o),
      })
    },

    uninstall() {
      uninstall?.()
      uninstall = undefined
    },
  }
  return authenticator
}
