import { describe, expect, test } from 'vitest'
import { canonicalJson } from '../../src/core/protocol/canonicalJson.ts'
import { kdfProofMessage } from '../../src/core/protocol/kdfProofMessage.ts'
import { emailProofMessage } from '../../src/core/protocol/emailProofMessage.ts'

describe('canonicalJson', () => {
  test('sorts keys, drops undefined, no whitespace', () => {
    expect(canonicalJson({ b: 1, a: 'x', c: undefined, d: { z: null, y: [true, 'é'] } })).toBe(
      '{"a":"x","b":1,"d":{"y":[true,"é"],"z":null}}',
    )
  })

  test('kdf proof message matches the docs/protocol.md example layout', () => {
    const message = kdfProofMessage({
      appId: 'localhost',
      challenge: 'c',
      challengeExpiresAt: '2026-01-01T00:00:00Z',
      externalUserId: 'u1',
      kdfParamsVersion: 1,
      nonce: 'n',
      saltVersion: 1,
      timestamp: 1763700000000,
    })
    expect(message).toBe(
      '{"appId":"localhost","challenge":"c","challengeExpiresAt":"2026-01-01T00:00:00Z","externalUserId":"u1","kdfParamsVersion":1,"nonce":"n","saltVersion":1,"timestamp":1763700000000}',
    )
  })

  test('email proof message carries wallet and challengeId when sent', () => {
    expect(
      emailProofMessage({
        appId: 'a',
        challenge: 'c',
        challengeExpiresAt: 'e',
        challengeId: 'id',
        externalUserId: 'u',
        nonce: 'n',
        timestamp: 1,
      }),
    ).toBe(
      '{"appId":"a","challenge":"c","challengeExpiresAt":"e","challengeId":"id","externalUserId":"u","nonce":"n","timestamp":1,"wallet":"email"}',
    )
  })
})
