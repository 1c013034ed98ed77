import { getAddress, isAddress, isHex, type Address } from 'viem'
import { publicKeyToAddress } from 'viem/accounts'
import { emailProofMessage } from '../../../core/protocol/emailProofMessage.ts'
import { kdfProofMessage } from '../../../core/protocol/kdfProofMessage.ts'
import { recoverSigner } from '../../crypto/recoverSigner.ts'
import { MockHttpError } from '../../errors/MockHttpError.ts'
import { optionalString, requiredNumber, requiredString } from '../../http/bodyFields.ts'
import type { MockContext } from '../../http/MockContext.ts'
import type { MockUser } from '../../state/MockUser.ts'
import { checkChallenge } from '../checkChallenge.ts'
import { proofServerKeyIds, type ProofKind } from './proofServerKeyIds.ts'
import { serverSignatureOf } from './serverSignatureOf.ts'

const maxClockSkewMs = 5 * 60 * 1000

function addressOf(publicKey: string): Address {
  if (isAddress(publicKey, { strict: false })) return getAddress(publicKey)
  if (isHex(publicKey) && publicKey.length === 132 && publicKey.startsWith('0x04')) {
    return publicKeyToAddress(publicKey)
  }
  throw new MockHttpError('VALIDATION', 'publicKey must be an EVM address (or an uncompressed key)')
}

/**
 * Verifies the proof of a KDF or email POST (docs/protocol.md): `serverSignature`,
 * the challenge (issued to this user for this step, unused, not expired), |timestamp − now| ≤
 * 5 min, nonce replay, then the EIP-191 signature over the canonical message recovering to
 * `publicKey`, and at sign-in that `publicKey` is the bound signer (else SIGNER_MISMATCH: a
 * wrong PIN or passphrase). Any attempt that reaches the signature check consumes the challenge
 * and the nonce. Returns the proven signer address.
 */
export async function verifyKeyProof(
  ctx: MockContext,
  user: MockUser,
  body: Record<string, unknown>,
  kind: ProofKind,
  purpose: 'sign-up' | 'sign-in',
): Promise<Address> {
  const rpId = ctx.rpId()
  const publicKey = addressOf(requiredString(body, 'publicKey'))
  const signature = requiredString(body, 'signature')
  const challenge = requiredString(body, 'challenge')
  const challengeExpiresAt = requiredString(body, 'challengeExpiresAt')
  const challengeId = optionalString(body, 'challengeId')
  const nonce = requiredString(body, 'nonce')
  const timestamp = requiredNumber(body, 'timestamp')
  const serverSignature = requiredString(body, 'serverSignature')
  const serverKeyId = requiredString(body, 'serverKeyId')
  const fields = {
    appId: rpId,
    challenge,
    challengeExpiresAt,
    challengeId,
    externalUserId: user.externalUserId,
    nonce,
    timestamp,
  }
  let message: string
  if (kind === 'kdf') {
    const saltVersion = requiredNumber(body, 'saltVersion')
    const kdfParamsVersion = requiredNumber(body, 'kdfParamsVersion')
    if (saltVersion !== user.kdf?.saltVersion || kdfParamsVersion !== user.kdf.kdfParamsVersion) {
      throw new MockHttpError(
        'VALIDATION',
        'saltVersion or kdfParamsVersion is not the current one',
      )
    }
    message = kdfProofMessage({ ...fields, saltVersion, kdfParamsVersion })
  } else {
    message = emailProofMessage(fields)
  }

  const expected = await serverSignatureOf(ctx.state.secrets.server, {
    challenge,
    challengeExpiresAt,
    externalUserId: user.externalUserId,
    appId: rpId,
  })
  if (serverKeyId !== proofServerKeyIds[kind] || serverSignature !== expected) {
    throw new MockHttpError(
      'INVALID_SIGNATURE',
      'serverSignature does not match challenge|challengeExpiresAt|externalUserId|appId',
    )
  }
  const record = checkChallenge(
    ctx.tenant(),
    challenge,
    { kind, purpose, externalUserId: user.externalUserId },
    ctx.now(),
  )
  if (Math.abs(timestamp - ctx.now()) > maxClockSkewMs) {
    throw new MockHttpError('CLOCK_SKEW', 'timestamp is more than 5 minutes from the server clock')
  }
  if (user.usedNonces.has(nonce))
    throw new MockHttpError('STALE_NONCE', 'This nonce was already used')
  record.used = true
  user.usedNonces.add(nonce)

  await recoverSigner(message, signature, publicKey, 'publicKey over the canonical message')
  if (purpose === 'sign-in' && publicKey !== user.publicKey) {
    throw new MockHttpError('SIGNER_MISMATCH', 'The key does not match the bound signer')
  }
  return publicKey
}
