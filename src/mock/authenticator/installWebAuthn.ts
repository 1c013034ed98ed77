import { SoftwarePublicKeyCredential } from './SoftwarePublicKeyCredential.ts'

/** The ceremonies `navigator.credentials` should run. */
export type WebAuthnCeremonies = {
  create(options?: CredentialCreationOptions): Promise<unknown>
  get(options?: CredentialRequestOptions): Promise<unknown>
}

function restore(target: object, key: PropertyKey, previous: PropertyDescriptor | undefined): void {
  if (previous) Object.defineProperty(target, key, previous)
  else Reflect.deleteProperty(target, key)
}

/**
 * Defines `PublicKeyCredential` and `navigator.credentials` on `target` (own properties, so jsdom
 * and Node globals are shadowed, not mutated) and returns the function that puts things back.
 *
 * @example
 * const restore = installWebAuthn(globalThis, {
 *   create: (o) => authenticator.create(o),
 *   get: (o) => authenticator.get(o),
 * })
 * restore() // `navigator.credentials` and `PublicKeyCredential` are as before
 */
export function installWebAuthn(target: object, ceremonies: WebAuthnCeremonies): () => void {
  const previousClass = Object.getOwnPropertyDescriptor(target, 'PublicKeyCredential')
  const previousNavigator = Object.getOwnPropertyDescriptor(target, 'navigator')
  let navigator = (target as { navigator?: object }).navigator
  if (!navigator) {
    navigator = {}
    Object.defineProperty(target, 'navigator', {
      value: navigator,
      configurable: true,
      writable: true,
    })
  }
  const previousCredentials = Object.getOwnPropertyDescriptor(navigator, 'credentials')
  Object.defineProperty(target, 'PublicKeyCredential', {
    value: SoftwarePublicKeyCredential,
    configurable: true,
    writable: true,
  })
  Object.defineProperty(navigator, 'credentials', {
    value: {
      create: ceremonies.create,
      get: ceremonies.get,
      store: () => Promise.resolve(undefined),
      preventSilentAccess: () => Promise.resolve(undefined),
    },
    configurable: true,
    writable: true,
  })
  const installedNavigator = navigator
  return () => {
    restore(installedNavigator, 'credentials', previousCredentials)
    restore(target, 'PublicKeyCredential', previousClass)
    if (!previousNavigator) restore(target, 'navigator', undefined)
  }
}
