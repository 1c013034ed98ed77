// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createEmailBackup } from '../../../src/core/email/createEmailBackup.ts'
import { signEmailProof } from '../../../src/core/email/signEmailProof.ts'
import { signKdfProof, type KdfMaterials } from '../../../src/core/kdf/signKdfProof.ts'
import { emailProofMessage } from '../../../src/core/protocol/emailProofMessage.ts'
import { kdfProofMessage } from '../../../src/core/protocol/kdfProofMessage.ts'
import { mergeProtocolProfile } from '../../../src/core/protocol/mergeProtocolProfile.ts'
import { recoverProofSigner } from '../../../src/core/protocol/proofSignature.ts'

// docs/protocol.md "Test vector (KDF)": cheap Argon2id parameters would change the vector.
const VECTOR_ADDRESS = '0xaa53E8Bf3d8EDBd249a0af282b99F101B36ADFE8'
const materials: KdfMaterials = {
  externalUserId: 'u1',
  salt: 'AQEBAQEBAQEBAQEBAQEBAQ==',
  saltVersion: 1,
  kdf: { algo: 'argon2id', memory: 65536, iterations: 3, parallelism: 1 },
  kdfParamsVersion: 1,
  challenge: 'Y2hhbGxlbmdlLTE',
  challengeExpiresAt: '2025-11-21T10:15:00Z',
}
const TIMESTAMP = 1763720000000

describe('the kit signs by the protocol profile', () => {
  it('PIN: HKDF and env come from protocol.kdf; the proof fields from protocol.proof', async () => {
    const vector = await signKdfProof({ pin: '123456', appId: 'localhost', materials })
    expect(vector.publicKey).toBe(VECTOR_ADDRESS)

    const protocol = mergeProtocolProfile({
      proof: {
        timestamp: 'iso',
        nonce: { bytes: 32, encoding: 'hex' },
        signature: { scheme: 'raw', encoding: 'base64url' },
      },
      kdf: { hkdf: { hash: 'SHA-512', salt: 'aWJleA==' } },
    })
    const proof = await signKdfProof({
      pin: '123456',
      appId: 'localhost',
      materials,
      protocol,
      timestamp: TIMESTAMP,
    })
    expect(proof.publicKey).not.toBe(VECTOR_ADDRESS)
    expect(proof.timestamp).toBe('2025-11-21T10:13:20.000Z')
    expect(proof.nonce).toMatch(/^0x[0-9a-f]{64}$/)
    expect(proof.signature).toMatch(/^[A-Za-z0-9_-]{87}$/)
    const message = kdfProofMessage({ ...materials, ...proof, appId: 'localhost' }, protocol)
    expect(await recoverProofSigner(message, proof.signature, protocol.proof.signature)).toBe(
      proof.publicKey,
    )

    const otherEnv = await signKdfProof({
      pin: '123456',
      appId: 'localhost',
      materials,
      protocol: mergeProtocolProfile({ kdf: { env: 'v2' } }),
    })
    expect(otherEnv.publicKey).not.toBe(VECTOR_ADDRESS)
  })

  it('email: the backup format of protocol.email.backup, opened under the same profile', async () => {
    const protocol = mergeProtocolProfile({
      email: {
        backup: { memory: 8192, iterations: 1, saltBytes: 32, ivBytes: 16, encoding: 'hex' },
        proofFields: ['challenge', 'externalUserId', 'nonce', 'timestamp'],
      },
    })
    const passphrase = 'violet-harbour-7139'
    const created = await createEmailBackup({ passphrase, appId: 'localhost', materials, protocol })
    expect(created.backupSalt).toMatch(/^0x[0-9a-f]{64}$/)
    expect(created.backupKdf).toEqual({
      algo: 'argon2id',
      memory: 8192,
      iterations: 1,
      parallelism: 1,
      cipher: 'AES-256-GCM',
      iv: expect.stringMatching(/^0x[0-9a-f]{32}$/),
    })
    const opened = await signEmailProof({
      passphrase,
      appId: 'localhost',
      materials: { ...materials, ...created },
      protocol,
      timestamp: TIMESTAMP,
    })
    expect(opened.publicKey).toBe(created.publicKey)
    const message = emailProofMessage({ ...materials, ...opened, appId: 'localhost' }, protocol)
    expect(message).toBe(
      `{"challenge":"Y2hhbGxlbmdlLTE","externalUserId":"u1","nonce":"${opened.nonce}","timestamp":${TIMESTAMP}}`,
    )
    expect(await recoverProofSigner(message, opened.signature, protocol.proof.signature)).toBe(
      created.publicKey,
    )
  })
})
