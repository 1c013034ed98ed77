import { bytesToBase64url } from '../../core/utils/base64.ts'
import { algorithmEs256 } from './algorithmEs256.ts'
import { buildAssertionCredential } from './buildAssertionCredential.ts'
import { buildAttestationCredential } from './buildAttestationCredential.ts'
import type { CeremonySettings } from './CeremonySettings.ts'
import { createStoredCredential } from './createStoredCredential.ts'
import { decodeCreationOptions } from './decodeCreationOptions.ts'
import { decodeRequestOptions } from './decodeRequestOptions.ts'
import { installWebAuthn } from './installWebAuthn.ts'
import { resolveRpId } from './resolveRpId.ts'
import { seededKeyMaterial } from './seededKeyMaterial.ts'
import type { SoftwarePublicKeyCredential } from './SoftwarePublicKeyCredential.ts'
import type {
  SoftwareAssertionResponse,
  SoftwareAttestationResponse,
  SoftwareAuthenticationJSON,
  SoftwareAuthenticatorOptions,
  SoftwareCreationOptionsJSON,
  SoftwareCredentialInfo,
  SoftwareRegistrationJSON,
  SoftwareRequestOptionsJSON,
} from './SoftwareAuthenticatorTypes.ts'
import type { StoredCredential } from './StoredCredential.ts'
import { toBytes } from './toBytes.ts'

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
  /** Forgets every credential (a seeded authenticator starts its keys over). */
  clear(): void
  /** Provides `navigator.credentials` and `PublicKeyCredential` on `target` (default globalThis). */
  install(target?: object): void
  /** Restores what `install` replaced. */
  uninstall(): void
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
  const settings: CeremonySettings = {
    origin,
    userVerified: options.userVerification ?? true,
    supportsPrf: options.prf ?? true,
  }
  const stored: StoredCredential[] = []
  // Credentials made so far (since the last clear): a seeded authenticator's n-th keys.
  let made = 0
  let failure: DOMException | undefined
  let conditional: (() => void) | undefined
  let uninstall: (() => void) | undefined

  // What every ceremony checks first, in a browser's order: a failure the test asked for, an
  // abort, then the rpId. The requested failure is consumed so that only one ceremony fails.
  function begin(signal: AbortSignal | null | undefined, rpId: string | undefined): string {
    if (failure) {
      const error = failure
      failure = undefined
      throw error
    }
    if (signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError')
    return resolveRpId(rpId ?? options.rpId, host, origin)
  }

  const authenticator: SoftwareAuthenticator = {
    origin,

    async create(createOptions = {}) {
      const publicKey = createOptions.publicKey
      if (!publicKey)
        throw new DOMException('Only publicKey credentials are supported.', 'NotSupportedError')
      const rpId = begin(createOptions.signal, publicKey.rp.id)
      if (!publicKey.pubKeyCredParams.some((param) => param.alg === algorithmEs256)) {
        throw new DOMException('No supported algorithm (ES256) was offered.', 'NotSupportedError')
      }
      const excluded = (publicKey.excludeCredentials ?? []).map((d) =>
        bytesToBase64url(toBytes(d.id)),
      )
      if (stored.some((c) => c.rpId === rpId && excluded.includes(c.idText))) {
        throw new DOMException(
          'A credential of this authenticator is excluded.',
          'InvalidStateError',
        )
      }
      const { credential, publicKeyRaw, spki } = await createStoredCredential({
        rpId,
        user: publicKey.user,
        material:
          options.seed === undefined ? undefined : await seededKeyMaterial(options.seed, made++),
      })
      // A resident credential replaces the one of the same user on the same rpId, as platforms do.
      const sameUser = stored.findIndex(
        (c) =>
          c.rpId === rpId &&
          bytesToBase64url(c.userHandle) === bytesToBase64url(credential.userHandle),
      )
      if (sameUser >= 0) stored.splice(sameUser, 1)
      stored.push(credential)
      return buildAttestationCredential({
        credential,
        publicKeyRaw,
        spki,
        challenge: publicKey.challenge,
        extensions: publicKey.extensions,
        settings,
      })
    },

    async get(getOptions = {}) {
      const publicKey = getOptions.publicKey
      if (!publicKey)
        throw new DOMException('Only publicKey credentials are supported.', 'NotSupportedError')
      const rpId = begin(getOptions.signal, publicKey.rpId)
      if (getOptions.mediation === 'conditional') {
        // Autofill waits for the user: until completeConditional() or an abort.
        await new Promise<void>((resolve, reject) => {
          conditional = resolve
          getOptions.signal?.addEventListener('abort', () =>
            reject(new DOMException('The operation was aborted.', 'AbortError')),
          )
        })
      }
      const allowed = (publicKey.allowCredentials ?? []).map((d) => bytesToBase64url(toBytes(d.id)))
      const candidates = stored.filter(
        (c) => c.rpId === rpId && (allowed.length === 0 || allowed.includes(c.idText)),
      )
      // With no allow list, the newest resident credential answers, as a one-passkey user's would.
      const credential = candidates[candidates.length - 1]
      if (!credential) {
        throw new DOMException(
          'No passkey of this authenticator is available for this site.',
          'NotAllowedError',
        )
      }
      credential.counter += 1
      return buildAssertionCredential({
        credential,
        challenge: publicKey.challenge,
        extensions: publicKey.extensions,
        settings,
      })
    },

    async register(json) {
      return (await authenticator.create({ publicKey: decodeCreationOptions(json) })).toJSON()
    },

    async authenticate(json) {
      return (await authenticator.get({ publicKey: decodeRequestOptions(json) })).toJSON()
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
      failure = new DOMException(message, name)
    },

    completeConditional() {
      conditional?.()
      conditional = undefined
    },

    clear() {
      stored.length = 0
      made = 0
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
