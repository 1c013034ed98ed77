import type * as WebAuthnServerModule from '@simplewebauthn/server'
import { missingPeerError } from './missingPeerError.ts'

type WebAuthnServer = typeof WebAuthnServerModule

let loading: Promise<WebAuthnServer> | undefined

/**
 * `@simplewebauthn/server`, an optional peer: loaded at the first passkey verification, so
 * `ibex-react/mock` imports without it and a missing install names the package.
 *
 * @example
 * const { verifyRegistrationResponse } = await loadWebAuthnServer()
 */
export function loadWebAuthnServer(): Promise<WebAuthnServer> {
  loading ??= import('@simplewebauthn/server').catch((cause: unknown) => {
    loading = undefined
    throw missingPeerError(
      '@simplewebauthn/server',
      'passkey attestation and assertion checks',
      cause,
    )
  })
  return loading
}
