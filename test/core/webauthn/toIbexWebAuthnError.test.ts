import { WebAuthnError } from '@simplewebauthn/browser'
import { describe, expect, test } from 'vitest'
import { IbexWebAuthnError } from '../../../src/core/errors/IbexWebAuthnError.ts'
import { toIbexWebAuthnError } from '../../../src/core/webauthn/toIbexWebAuthnError.ts'

const dom = (name: string, message = `${name} from the browser`) => new DOMException(message, name)

describe('toIbexWebAuthnError', () => {
  test.each([
    ['AbortError', 'webauthn/aborted'],
    ['SecurityError', 'webauthn/invalid-rp'],
    ['InvalidStateError', 'webauthn/credential-excluded'],
    ['NotSupportedError', 'webauthn/unsupported'],
    ['NotAllowedError', 'webauthn/cancelled'],
    ['UnknownError', 'webauthn/unknown'],
    ['ConstraintError', 'webauthn/unknown'],
  ])('a %s DOMException is %s, kept in cause', (name, code) => {
    const cause = dom(name)
    const error = toIbexWebAuthnError(cause)
    expect(error).toBeInstanceOf(IbexWebAuthnError)
    expect(error.code).toBe(code)
    expect(error.cause).toBe(cause)
    expect(error.docsPath).toBe('passkeys')
  })

  test.each([
    ['ERROR_CEREMONY_ABORTED', 'AbortError', 'webauthn/aborted'],
    ['ERROR_INVALID_RP_ID', 'SecurityError', 'webauthn/invalid-rp'],
    ['ERROR_INVALID_DOMAIN', 'SecurityError', 'webauthn/invalid-rp'],
    [
      'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED',
      'InvalidStateError',
      'webauthn/credential-excluded',
    ],
    [
      'ERROR_AUTHENTICATOR_NO_SUPPORTED_PUBKEYCREDPARAMS_ALG',
      'NotSupportedError',
      'webauthn/unsupported',
    ],
    [
      'ERROR_AUTHENTICATOR_MISSING_DISCOVERABLE_CREDENTIAL_SUPPORT',
      'ConstraintError',
      'webauthn/unsupported',
    ],
    ['ERROR_PASSTHROUGH_SEE_CAUSE_PROPERTY', 'NotAllowedError', 'webauthn/cancelled'],
  ] as const)('@simplewebauthn %s (cause %s) is %s', (swaCode, name, code) => {
    const error = new WebAuthnError({ message: 'wrapped', code: swaCode, cause: dom(name) })
    expect(toIbexWebAuthnError(error).code).toBe(code)
  })

  test('NotAllowedError near the ceremony timeout is a timeout, earlier a cancel', () => {
    const timeoutMs = 60_000
    const notAllowed = dom('NotAllowedError', 'The operation either timed out or was not allowed.')
    expect(toIbexWebAuthnError(notAllowed, { startedAt: 0, endedAt: 60_010, timeoutMs }).code).toBe(
      'webauthn/timeout',
    )
    expect(toIbexWebAuthnError(notAllowed, { startedAt: 0, endedAt: 57_000, timeoutMs }).code).toBe(
      'webauthn/timeout',
    )
    expect(toIbexWebAuthnError(notAllowed, { startedAt: 0, endedAt: 1_200, timeoutMs }).code).toBe(
      'webauthn/cancelled',
    )
    expect(
      toIbexWebAuthnError(notAllowed, { startedAt: 0, endedAt: 90_000, timeoutMs: undefined }).code,
    ).toBe('webauthn/cancelled')
  })

  test('a NotAllowedError about focus or permissions is not-allowed', () => {
    // As @simplewebauthn passes NotAllowedError through: its message is the browser's.
    const passthrough = (message: string) =>
      new WebAuthnError({
        message,
        code: 'ERROR_PASSTHROUGH_SEE_CAUSE_PROPERTY',
        cause: dom('NotAllowedError', message),
      })
    expect(toIbexWebAuthnError(passthrough('The document is not focused.')).code).toBe(
      'webauthn/not-allowed',
    )
    expect(toIbexWebAuthnError(passthrough('Blocked by permissions policy.')).code).toBe(
      'webauthn/not-allowed',
    )
    expect(toIbexWebAuthnError(passthrough('The user cancelled.')).code).toBe('webauthn/cancelled')
  })

  test('"not supported in this browser" from @simplewebauthn is unsupported; anything else unknown', () => {
    expect(toIbexWebAuthnError(new Error('WebAuthn is not supported in this browser')).code).toBe(
      'webauthn/unsupported',
    )
    expect(toIbexWebAuthnError('weird').code).toBe('webauthn/unknown')
    expect(toIbexWebAuthnError(new TypeError('boom')).code).toBe('webauthn/unknown')
  })

  test('an IbexWebAuthnError passes through unchanged', () => {
    const error = new IbexWebAuthnError({ code: 'webauthn/prf-unsupported', message: 'no PRF' })
    expect(toIbexWebAuthnError(error)).toBe(error)
  })

  test.each(['127.0.0.1', '192.168.1.20', '[::1]'])(
    'invalid-rp on a page served from %s says to use localhost',
    (host) => {
      const error = toIbexWebAuthnError(dom('SecurityError'), undefined, host)
      expect(error.code).toBe('webauthn/invalid-rp')
      expect(error.message).toContain(host)
      expect(error.message).toContain('localhost')
    },
  )

  test('invalid-rp on a domain keeps the rpId rule, without the IP advice', () => {
    const error = toIbexWebAuthnError(dom('SecurityError'), undefined, 'app.example.com')
    expect(error.code).toBe('webauthn/invalid-rp')
    expect(error.message).toContain('registrable suffix')
    expect(error.message).not.toContain('IP address')
  })
})
