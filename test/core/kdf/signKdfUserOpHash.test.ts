import { verifyMessage, type Hex } from 'viem'
import { describe, expect, test } from 'vitest'
import { IbexValidationError } from '../../../src/core/errors/IbexValidationError.ts'
import { signKdfUserOpHash } from '../../../src/core/kdf/signKdfUserOpHash.ts'
import { caught } from './caught.ts'

const VECTOR_ADDRESS = '0xaa53E8Bf3d8EDBd249a0af282b99F101B36ADFE8'
const VECTOR_PRIVATE_KEY = 'f4633e2e462a040870b5b16c0e0084815479584238a8387482c3d245228e4016'
const materials = {
  externalUserId: 'u1',
  salt: 'AQEBAQEBAQEBAQEBAQEBAQ==',
  kdf: { algo: 'argon2id', memory: 65536, iterations: 3, parallelism: 1 },
} as const
const userOpHash = '0x8f1c1e7a36a1d5f0e5b1ed1f4c3b0a3e9a7d0c2b1e4f6a8b9c0d1e2f3a4b5c6d'

describe('signKdfUserOpHash', () => {
  test('default: personal_sign of the 32 raw hash bytes by the PIN key', async () => {
    const signed = await signKdfUserOpHash({
      pin: '123456',
      appId: 'localhost',
      env: 'v1',
      materials,
      userOpHash,
      expectedPublicKey: VECTOR_ADDRESS,
    })
    expect(signed.publicKey).toBe(VECTOR_ADDRESS)
    await expect(
      verifyMessage({
        address: VECTOR_ADDRESS,
        message: { raw: userOpHash },
        signature: signed.signature as Hex,
      }),
    ).resolves.toBe(true)
    // Signing the hex text instead of the bytes would be a different signature.
    await expect(
      verifyMessage({
        address: VECTOR_ADDRESS,
        message: userOpHash,
        signature: signed.signature as Hex,
      }),
    ).resolves.toBe(false)
    expect(Object.keys(signed).sort()).toEqual(['publicKey', 'signature'])
    const json = JSON.stringify(signed).toLowerCase()
    expect(json).not.toContain('123456')
    expect(json).not.toContain(VECTOR_PRIVATE_KEY)
  })

  test.each(['0x12', 'deadbeef', `${userOpHash}00`, undefined])(
    'behavior: userOpHash %j is refused',
    async (hash) => {
      const error = await caught(
        () =>
          signKdfUserOpHash({
            pin: '123456',
            appId: 'localhost',
            materials,
            userOpHash: hash as never,
          }),
        IbexValidationError,
      )
      expect(error.code).toBe('validation/user-op-hash-malformed')
    },
  )
})
