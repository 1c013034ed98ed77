import { verifyMessage, type Hex } from 'viem'
import { describe, expect, test } from 'vitest'
import { IbexValidationError } from '../../../src/core/errors/IbexValidationError.ts'
import { signKdfProof, type KdfMaterials } from '../../../src/core/kdf/signKdfProof.ts'
import { kdfProofMessage } from '../../../src/core/protocol/kdfProofMessage.ts'
import { caught } from './caught.ts'

// docs/protocol.md "Test vector (KDF)".
const VECTOR_ADDRESS = '0xaa53E8Bf3d8EDBd249a0af282b99F101B36ADFE8'
// HKDF output for the vector: the private key, looked for in results to prove it never leaks.
const VECTOR_PRIVATE_KEY = 'f4633e2e462a040870b5b16c0e0084815479584238a8387482c3d245228e4016'
const VECTOR_ARGON2 = '1822cb884dceff20022da54be99d908b628cc814db5a56dca871d0b01280f1c3'

const materials: KdfMaterials = {
  externalUserId: 'u1',
  salt: 'AQEBAQEBAQEBAQEBAQEBAQ==',
  saltVersion: 1,
  kdf: { algo: 'argon2id', memory: 65536, iterations: 3, parallelism: 1 },
  kdfParamsVersion: 1,
  challenge: 'Y2hhbGxlbmdlLTE',
  challengeExpiresAt: '2025-11-21T10:15:00Z',
}

const refusal = (promise: Promise<unknown>) => caught(() => promise, IbexValidationError)

describe('signKdfProof', () => {
  test('default: derives the docs/protocol.md vector address and signs the canonical message', async () => {
    const proof = await signKdfProof({
      pin: '123456',
      appId: 'localhost',
      materials: { ...materials, challengeId: 'ch-7' },
      timestamp: 1763700000000,
    })
    expect(proof.publicKey).toBe(VECTOR_ADDRESS)
    expect(proof.timestamp).toBe(1763700000000)
    expect(proof.nonce).toMatch(/^[A-Za-z0-9_-]{22}$/)
    const message = kdfProofMessage({
      appId: 'localhost',
      challenge: materials.challenge,
      challengeExpiresAt: materials.challengeExpiresAt,
      challengeId: 'ch-7',
      externalUserId: 'u1',
      kdfParamsVersion: 1,
      nonce: proof.nonce,
      saltVersion: 1,
      timestamp: proof.timestamp,
    })
    await expect(
      verifyMessage({ address: VECTOR_ADDRESS, message, signature: proof.signature as Hex }),
    ).resolves.toBe(true)
    expect(Object.keys(proof).sort()).toEqual(['nonce', 'publicKey', 'signature', 'timestamp'])
    const json = JSON.stringify(proof).toLowerCase()
    for (const secret of ['123456', VECTOR_PRIVATE_KEY, VECTOR_ARGON2]) {
      expect(json).not.toContain(secret)
    }
  })

  test('parameters: expectedPublicKey refuses a wrong PIN before anything is sent', async () => {
    const error = await refusal(
      signKdfProof({
        pin: '654321',
        appId: 'localhost',
        materials,
        expectedPublicKey: VECTOR_ADDRESS,
      }),
    )
    expect(error.code).toBe('validation/pin-wrong')
    expect(error.field).toBe('pin')
  })

  test.each([
    [{ pin: '12' }, 'validation/pin-too-short', 'pin'],
    [{ pin: '12ab56' }, 'validation/pin-not-digits', 'pin'],
    [{ appId: '' }, 'validation/input-missing', 'appId'],
    [{ env: '' }, 'validation/input-missing', 'env'],
    [{ expectedPublicKey: '0x12' }, 'validation/input-missing', 'expectedPublicKey'],
    [{ timestamp: 1.5 }, 'validation/input-missing', 'timestamp'],
  ])('behavior: input %j is refused', async (override, code, field) => {
    const error = await refusal(
      signKdfProof({ pin: '123456', appId: 'localhost', materials, ...override } as never),
    )
    expect([error.code, error.field]).toEqual([code, field])
  })

  test.each([
    [{ kdf: { algo: 'argon2id', memory: 1024, iterations: 3, parallelism: 1 } }, 'kdf.memory'],
    [{ kdf: { algo: 'argon2d', memory: 65536, iterations: 3, parallelism: 1 } }, 'kdf.algo'],
    [{ salt: 'AQEB' }, 'salt'],
    [{ salt: 'not base64!' }, 'salt'],
    [{ externalUserId: '' }, 'externalUserId'],
    [{ challenge: undefined }, 'challenge'],
    [{ challengeExpiresAt: 42 }, 'challengeExpiresAt'],
    [{ challengeId: '' }, 'challengeId'],
    [{ saltVersion: '1' }, 'saltVersion'],
    [{ kdfParamsVersion: undefined }, 'kdfParamsVersion'],
  ])('behavior: materials %j are refused', async (override, field) => {
    const error = await refusal(
      signKdfProof({
        pin: '123456',
        appId: 'localhost',
        materials: { ...materials, ...override } as never,
      }),
    )
    expect(error.field).toBe(field)
  })
})
