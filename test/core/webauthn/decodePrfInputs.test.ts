import { describe, expect, test } from 'vitest'
import { bytesToBase64url } from '../../../src/core/utils/base64.ts'
import { decodePrfInputs } from '../../../src/core/webauthn/decodePrfInputs.ts'

const salt = (fill: number) => new Uint8Array(32).fill(fill)
const text = (fill: number) => bytesToBase64url(salt(fill))
const bytes = (buffer: unknown) => new Uint8Array(buffer as ArrayBuffer)

describe('decodePrfInputs', () => {
  test('decodes eval.first and eval.second to ArrayBuffers, keeping other extensions', () => {
    const decoded = decodePrfInputs({
      credProps: true,
      prf: { eval: { first: text(1), second: text(2) } },
    })
    const prf = decoded.prf as { eval: { first: unknown; second: unknown } }
    expect(prf.eval.first).toBeInstanceOf(ArrayBuffer)
    expect(prf.eval.second).toBeInstanceOf(ArrayBuffer)
    expect(bytes(prf.eval.first)).toEqual(salt(1))
    expect(bytes(prf.eval.second)).toEqual(salt(2))
    expect(decoded.credProps).toBe(true)
  })

  test('leaves out `second` when absent and decodes evalByCredential', () => {
    const decoded = decodePrfInputs({
      prf: { eval: { first: text(3) }, evalByCredential: { 'cred-a': { first: text(4) } } },
    })
    const prf = decoded.prf as {
      eval: Record<string, unknown>
      evalByCredential: Record<string, { first: unknown }>
    }
    expect(Object.keys(prf.eval)).toEqual(['first'])
    expect(bytes(prf.evalByCredential['cred-a']!.first)).toEqual(salt(4))
  })

  test('keeps salts that are already binary and skips malformed evalByCredential entries', () => {
    const binary = salt(7).buffer
    const decoded = decodePrfInputs({
      prf: { eval: { first: binary }, evalByCredential: { good: { first: text(3) }, bad: 'x' } },
    } as unknown as { prf: unknown })
    const prf = decoded.prf as {
      eval: { first: unknown }
      evalByCredential: Record<string, { first: unknown }>
    }
    expect(prf.eval.first).toBe(binary)
    expect(Object.keys(prf.evalByCredential)).toEqual(['good'])
    expect(bytes(prf.evalByCredential.good?.first)).toEqual(salt(3))
  })

  test('accepts standard base64 too (IBEx mixes alphabets)', () => {
    const standard = btoa(String.fromCharCode(251, 255, 191))
    const decoded = decodePrfInputs({ prf: { eval: { first: standard } } })
    expect(bytes((decoded.prf as { eval: { first: unknown } }).eval.first)).toEqual(
      new Uint8Array([251, 255, 191]),
    )
  })

  test('returns extensions without prf, and undefined, as they are', () => {
    const extensions: { prf?: unknown; credProps: boolean } = { credProps: true }
    expect(decodePrfInputs(extensions)).toBe(extensions)
    expect(decodePrfInputs(undefined)).toBeUndefined()
  })
})
