import { argon2id } from 'hash-wasm'
import { bytesToHex, verifyMessage, type Hex } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { beforeAll, describe, expect, test } from 'vitest'
import {
  createEmailBackup,
  type EmailSignUpProof,
} from '../../../src/core/email/createEmailBackup.ts'
import { signEmailProof } from '../../../src/core/email/signEmailProof.ts'
import { signEmailUserOpHash } from '../../../src/core/email/signEmailUserOpHash.ts'
import { IbexValidationError } from '../../../src/core/errors/IbexValidationError.ts'
import { emailProofMessage } from '../../../src/core/protocol/emailProofMessage.ts'
import { base64ToBytes, bytesToBase64 } from '../../../src/core/utils/base64.ts'
import { caught } from '../kdf/caught.ts'

const PASSPHRASE = 'Grüne Äpfel 7 Mal'
const challenge = {
  externalUserId: 'e-1',
  challenge: 'ZW1haWwtY2hhbGxlbmdl',
  challengeExpiresAt: '2025-11-21T10:15:00Z',
}
const userOpHash = '0x0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'

let created: EmailSignUpProof
let privateKeyHex: string

// Decrypts the backup independently, straight from docs/protocol.md (Argon2id, then AES-256-GCM), to
// check the format and learn the key that must never appear in a result.
async function decryptPerDesign(backup: EmailSignUpProof, passphrase: string): Promise<string> {
  const { backupKdf } = backup
  const raw = await argon2id({
    password: passphrase.normalize('NFKC'),
    salt: base64ToBytes(backup.backupSalt),
    memorySize: backupKdf.memory,
    iterations: backupKdf.iterations,
    parallelism: backupKdf.parallelism,
    hashLength: 32,
    outputType: 'binary',
  })
  const key = await crypto.subtle.importKey('raw', new Uint8Array(raw), 'AES-GCM', false, [
    'decrypt',
  ])
  const clear = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: base64ToBytes(backupKdf.iv) },
    key,
    base64ToBytes(backup.encryptedPrivateKey),
  )
  return bytesToHex(new Uint8Array(clear))
}

function expectNoSecret(result: object) {
  const json = JSON.stringify(result).toLowerCase()
  expect(json).not.toContain(PASSPHRASE.toLowerCase())
  expect(json).not.toContain(privateKeyHex.slice(2))
}

const refusal = (promise: Promise<unknown>) => caught(() => promise, IbexValidationError)

beforeAll(async () => {
  created = await createEmailBackup({
    passphrase: PASSPHRASE,
    appId: 'localhost',
    materials: challenge,
  })
  privateKeyHex = await decryptPerDesign(created, PASSPHRASE)
})

describe('createEmailBackup', () => {
  test('default: backup fields follow docs/protocol.md and the key encrypted is the signer', () => {
    expect(created.backupKdf).toEqual({
      algo: 'argon2id',
      memory: 65536,
      iterations: 3,
      parallelism: 1,
      cipher: 'AES-256-GCM',
      iv: expect.any(String),
    })
    expect(base64ToBytes(created.backupKdf.iv)).toHaveLength(12)
    expect(base64ToBytes(created.backupSalt)).toHaveLength(16)
    expect(base64ToBytes(created.encryptedPrivateKey)).toHaveLength(48)
    expect(privateKeyToAccount(privateKeyHex as `0x${string}`).address).toBe(created.publicKey)
    expectNoSecret(created)
  })

  test('default: the sign-up proof verifies over emailProofMessage', async () => {
    const message = emailProofMessage({
      appId: 'localhost',
      ...challenge,
      nonce: created.nonce,
      timestamp: created.timestamp,
    })
    expect(message).toContain('"wallet":"email"')
    await expect(
      verifyMessage({ address: created.publicKey, message, signature: created.signature as Hex }),
    ).resolves.toBe(true)
  })

  test('behavior: a passphrase under the policy is refused before any work', async () => {
    const error = await refusal(
      createEmailBackup({ passphrase: 'short', appId: 'localhost', materials: challenge }),
    )
    expect([error.code, error.field]).toEqual(['validation/passphrase-too-short', 'passphrase'])
    const missing = await refusal(
      createEmailBackup({ passphrase: 'long enough', appId: 'localhost', materials: {} as never }),
    )
    expect(missing.field).toBe('externalUserId')
  })
})

describe('opening a backup', () => {
  test('default: sign-in proof with the right passphrase (round trip)', async () => {
    const proof = await signEmailProof({
      passphrase: PASSPHRASE.normalize('NFD'),
      appId: 'localhost',
      materials: { ...challenge, challengeId: 'c-2', ...created },
      timestamp: 1763700000000,
    })
    expect(proof.publicKey).toBe(created.publicKey)
    const message = emailProofMessage({
      appId: 'localhost',
      ...challenge,
      challengeId: 'c-2',
      nonce: proof.nonce,
      timestamp: 1763700000000,
    })
    await expect(
      verifyMessage({ address: created.publicKey, message, signature: proof.signature as Hex }),
    ).resolves.toBe(true)
    expectNoSecret(proof)
  })

  test('default: operation signature over the raw userOpHash bytes', async () => {
    const signed = await signEmailUserOpHash({
      passphrase: PASSPHRASE,
      backup: created,
      userOpHash,
    })
    expect(signed.publicKey).toBe(created.publicKey)
    await expect(
      verifyMessage({
        address: created.publicKey,
        message: { raw: userOpHash },
        signature: signed.signature as Hex,
      }),
    ).resolves.toBe(true)
    expectNoSecret(signed)
  })

  test('behavior: a wrong passphrase is validation/passphrase-wrong', async () => {
    const error = await refusal(
      signEmailProof({
        passphrase: 'Grüne Äpfel 8 Mal',
        appId: 'localhost',
        materials: { ...challenge, ...created },
      }),
    )
    expect([error.code, error.field]).toEqual(['validation/passphrase-wrong', 'passphrase'])
  })

  test('behavior: a tampered ciphertext fails the same way', async () => {
    const bytes = base64ToBytes(created.encryptedPrivateKey)
    bytes[5] = (bytes[5] as number) ^ 0x01
    const error = await refusal(
      signEmailUserOpHash({
        passphrase: PASSPHRASE,
        backup: { ...created, encryptedPrivateKey: bytesToBase64(bytes) },
        userOpHash,
      }),
    )
    expect([error.code, error.field]).toEqual(['validation/passphrase-wrong', 'passphrase'])
  })

  test.each([
    [{ memory: 4096 }, 'validation/kdf-out-of-range', 'backupKdf.memory'],
    [{ memory: 4 * 1024 * 1024 }, 'validation/kdf-out-of-range', 'backupKdf.memory'],
    [{ iterations: 100 }, 'validation/kdf-out-of-range', 'backupKdf.iterations'],
    [{ parallelism: 16 }, 'validation/kdf-out-of-range', 'backupKdf.parallelism'],
    [{ algo: 'pbkdf2' }, 'validation/kdf-unsupported', 'backupKdf.algo'],
    [{ cipher: 'AES-128-CBC' }, 'validation/backup-unsupported', 'backupKdf.cipher'],
    [{ iv: 'AAAA' }, 'validation/backup-malformed', 'backupKdf.iv'],
  ])('behavior: backupKdf %j is refused before any work', async (override, code, field) => {
    const error = await refusal(
      signEmailUserOpHash({
        passphrase: PASSPHRASE,
        backup: { ...created, backupKdf: { ...created.backupKdf, ...override } as never },
        userOpHash,
      }),
    )
    expect([error.code, error.field]).toEqual([code, field])
  })

  test('behavior: malformed backup fields and an empty passphrase are refused', async () => {
    const short = await refusal(
      signEmailUserOpHash({
        passphrase: PASSPHRASE,
        backup: { ...created, encryptedPrivateKey: created.backupSalt },
        userOpHash,
      }),
    )
    expect([short.code, short.field]).toEqual([
      'validation/backup-malformed',
      'encryptedPrivateKey',
    ])
    const empty = await refusal(
      signEmailUserOpHash({ passphrase: '', backup: created, userOpHash }),
    )
    expect(empty.code).toBe('validation/passphrase-missing')
  })
})
