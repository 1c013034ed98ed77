// @vitest-environment node
import { privateKeyToAccount } from 'viem/accounts'
import { describe, expect, it } from 'vitest'
import {
  defaultProtocolProfile,
  emailProofMessage,
  IbexValidationError,
  kdfProofMessage,
  mergeProtocolProfile,
} from '../../../src/exports/core.ts'
import { decodeBinary } from '../../../src/core/protocol/binaryText.ts'
import { proofTimestamp, readProofTimestamp } from '../../../src/core/protocol/proofTimestamp.ts'
import { recoverProofSigner, signProofMessage } from '../../../src/core/protocol/proofSignature.ts'
import { randomProofNonce } from '../../../src/core/kdf/randomProofNonce.ts'

const fields = {
  appId: 'localhost',
  challenge: 'c',
  challengeExpiresAt: '2026-01-01T00:00:00.000Z',
  externalUserId: 'u1',
  kdfParamsVersion: 1,
  nonce: 'n',
  saltVersion: 1,
  timestamp: 1763700000000,
}

describe('protocol profile', () => {
  it('default: is JSON data with the decisions of docs/protocol.md', () => {
    expect(JSON.parse(JSON.stringify(defaultProtocolProfile))).toEqual(defaultProtocolProfile)
    expect(defaultProtocolProfile.proof).toEqual({
      keyOrder: 'sorted',
      timestamp: 'ms',
      nonce: { bytes: 16, encoding: 'base64url' },
      signature: { scheme: 'eip191', encoding: 'hex' },
    })
    expect(mergeProtocolProfile()).toBe(defaultProtocolProfile)
  })

  it('merge: objects merge member by member, lists replace, the base is untouched', () => {
    const merged = mergeProtocolProfile({
      proof: { timestamp: 's', signature: { encoding: 'base64' } },
      email: { proofFields: ['challenge', 'nonce', 'timestamp'] },
    })
    expect(merged.proof.signature).toEqual({ scheme: 'eip191', encoding: 'base64' })
    expect(merged.proof.nonce).toEqual(defaultProtocolProfile.proof.nonce)
    expect(merged.email.proofFields).toEqual(['challenge', 'nonce', 'timestamp'])
    expect(merged.email.backup).toEqual(defaultProtocolProfile.email.backup)
    expect(defaultProtocolProfile.proof.timestamp).toBe('ms')
    // A whole profile (what ibex-doctor prints) is a valid input too.
    expect(mergeProtocolProfile(JSON.parse(JSON.stringify(merged)))).toEqual(merged)
  })

  it('validation: an unknown rule or a bad value names protocol.<rule>', () => {
    const refusal = (input: unknown) => {
      try {
        mergeProtocolProfile(input as Parameters<typeof mergeProtocolProfile>[0])
      } catch (error) {
        return error
      }
      throw new Error('accepted')
    }
    expect(refusal({ proof: { timestamp: 'minutes' } })).toMatchObject({
      code: 'validation/protocol-invalid',
      field: 'protocol.proof.timestamp',
    })
    expect(refusal({ proof: { paths: {} } })).toMatchObject({ field: 'protocol.proof.paths' })
    expect(refusal({ kdf: { hkdf: { length: 64 } } })).toMatchObject({
      field: 'protocol.kdf.hkdf.length',
    })
    expect(refusal({ email: { proofFields: ['appId', 'signature'] } })).toBeInstanceOf(
      IbexValidationError,
    )
  })

  it('keyOrder: sorted by default; a list puts its keys first and sorts the rest', () => {
    expect(kdfProofMessage(fields)).toBe(
      '{"appId":"localhost","challenge":"c","challengeExpiresAt":"2026-01-01T00:00:00.000Z","externalUserId":"u1","kdfParamsVersion":1,"nonce":"n","saltVersion":1,"timestamp":1763700000000}',
    )
    const listed = mergeProtocolProfile({ proof: { keyOrder: ['timestamp', 'nonce'] } })
    expect(kdfProofMessage(fields, listed)).toMatch(
      /^\{"timestamp":1763700000000,"nonce":"n","appId":"localhost","challenge":"c",/,
    )
  })

  it('email.proofFields and email.wallet choose the email message keys', () => {
    const { kdfParamsVersion: _k, saltVersion: _s, ...emailFields } = fields
    expect(JSON.parse(emailProofMessage(emailFields))).toMatchObject({ wallet: 'email' })
    const noWallet = mergeProtocolProfile({
      email: { proofFields: ['challenge', 'externalUserId', 'nonce', 'timestamp'] },
    })
    expect(emailProofMessage(emailFields, noWallet)).toBe(
      '{"challenge":"c","externalUserId":"u1","nonce":"n","timestamp":1763700000000}',
    )
  })

  it('timestamp: written and read back in each unit; the wrong unit is not read', () => {
    const ms = 1763700000123
    expect(proofTimestamp(ms, 'ms')).toBe(ms)
    expect(proofTimestamp(ms, 's')).toBe(1763700000)
    expect(proofTimestamp(ms, 'iso')).toBe('2025-11-21T04:40:00.123Z')
    expect(readProofTimestamp(1763700000, 's')).toBe(1763700000000)
    expect(readProofTimestamp('2025-11-21T04:40:00.123Z', 'iso')).toBe(ms)
    expect(readProofTimestamp(ms, 's')).toBeUndefined()
    expect(readProofTimestamp(1763700000, 'ms')).toBeUndefined()
    expect(readProofTimestamp(ms, 'iso')).toBeUndefined()
  })

  it('nonce: bytes and encoding from the profile', () => {
    const nonce = randomProofNonce({ bytes: 32, encoding: 'hex' })
    expect(nonce).toMatch(/^0x[0-9a-f]{64}$/)
    expect(decodeBinary(randomProofNonce(), 'base64url')).toHaveLength(16)
    expect(decodeBinary(nonce, 'base64url')?.length).not.toBe(32)
    expect(decodeBinary(randomProofNonce(), 'hex')).toBeUndefined()
  })

  it('signature: each scheme and encoding recovers the signer only under the same rule', async () => {
    const account = privateKeyToAccount(`0x${'11'.repeat(32)}`)
    const message = kdfProofMessage(fields)
    const schemes = ['eip191', 'eip191-keccak', 'raw'] as const
    const encodings = ['hex', 'base64', 'base64url'] as const
    for (const scheme of schemes) {
      for (const encoding of encodings) {
        const signature = await signProofMessage(account, message, { scheme, encoding })
        expect(await recoverProofSigner(message, signature, { scheme, encoding })).toBe(
          account.address,
        )
        const other = schemes.find((s) => s !== scheme) ?? 'eip191'
        expect(await recoverProofSigner(message, signature, { scheme: other, encoding })).not.toBe(
          account.address,
        )
      }
    }
  })
})
