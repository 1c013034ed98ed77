import { describe, expect, test } from 'vitest'
import { stripPrfOutput } from '../../../src/core/webauthn/stripPrfOutput.ts'

describe('stripPrfOutput', () => {
  test('drops the PRF results (a secret) and keeps the other extension outputs', () => {
    const first = new Uint8Array(32).fill(7).buffer
    const { results, prfCapable } = stripPrfOutput({
      credProps: { rk: true },
      prf: { enabled: true, results: { first } },
    })
    expect(prfCapable).toBe(true)
    expect(results).toEqual({ credProps: { rk: true }, prf: { enabled: true } })
    expect(JSON.stringify(results)).not.toContain('results')
  })

  test('an assertion with results only (no `enabled`) counts as PRF-capable', () => {
    const { results, prfCapable } = stripPrfOutput({ prf: { results: { first: 'c2VjcmV0' } } })
    expect(prfCapable).toBe(true)
    expect(results).toEqual({ prf: { enabled: true } })
  })

  test('an authenticator that ignored PRF is not capable', () => {
    expect(stripPrfOutput({ prf: {} })).toEqual({
      results: { prf: { enabled: false } },
      prfCapable: false,
    })
    expect(stripPrfOutput({ prf: { enabled: false } }).prfCapable).toBe(false)
    const none = { credProps: { rk: false } }
    expect(stripPrfOutput(none)).toEqual({ results: none, prfCapable: false })
  })
})
