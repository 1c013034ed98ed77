import { getAddress, isAddress, isHex, type Address } from 'viem'
import { publicKeyToAddress } from 'viem/accounts'
import { emailProofMessage } from '../../../core/protocol/emailProofMessage.ts'
import { kdfProofMessage } from '../../../core/protocol/kdfProofMessage.ts'
import { decodeBinary } from '../../../core/protocol/binaryText.ts'
import { readProofTimestamp } from '../../../core/protocol/proofTimestamp.ts'
import { readSignature, recoverProofSigner } from '../../../core/protocol/proofSignature.ts'
import { MockHttpError } from '../../errors/MockHttpError.ts'
import { optionalString, requiredNumber, requiredString } from '../../http/bodyFields.ts'
import type { IbexProtocolProfile } from '../../../core/protocol/IbexProtocolProfile.ts'
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

const UNIT_NAMES = {
  ms: 'milliseconds since the epoch (a number)',
  s: 'seconds since the epoch (a number)',
  iso: 'an ISO 8601 date-time string',
}

// The shapes of the profile's fields, checked first so a client on another profile is told
// which field it writes differently (what `ibex-doctor --create-test-user` discovers from).
function readProfileFields(body: Record<string, unknown>, protocol: IbexProtocolProfile) {
  const rule = protocol.proof
  const timestamp = readProofTimestamp(body.timestamp, rule.timestamp)
  if (timestamp === undefined) {
    throw new MockHttpError('VALIDATION', `timestamp must be ${UNIT_NAMES[rule.timestamp]}`)
  }
  const nonce = requiredString(body, 'nonce')
  if (decodeBinary(nonce, rule.nonce.encoding)?.length !== rule.nonce.bytes) {
    throw new MockHttpError(
      'VALIDATION',
      `nonce must be ${rule.nonce.bytes} random bytes in ${rule.nonce.encoding}`,
    )
  }
  const signature = requiredString(body, 'signature')
  if (readSignature(signature, rule.signature.encoding) === undefined) {
    throw new MockHttpError(
      'INVALID_SIGNATURE',
      `signature encoding: must be 65 bytes in ${rule.signature.encoding}`,
    )
  }
  return { timestamp, nonce, signature, rawTimestamp: body.timestamp as number | string }
}

/**
 * Verifies the proof of a KDF or email POST (docs/protocol.md "Protocol decisions") by the mock's
 * protocol profile: the shapes of `timestamp`, `nonce` and `signature`, `serverSignature`,
 * the challenge (issued to this user for this step, unused, not expired), |timestamp − now| ≤
 * 5 min, nonce replay, then the signature over the canonical message recovering to
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
  const { protocol } = ctx.config
  const publicKey = addressOf(requiredString(body, 'publicKey'))
  const { timestamp, nonce, signature, rawTimestamp } = readProfileFields(body, protocol)
  const challenge = requiredString(body, 'challenge')
  const challengeExpiresAt = requiredString(body, 'challengeExpiresAt')
  const challengeId = optionalString(body, 'challengeId')
  const serverSignature = requiredString(body, 'serverSignature')
  const serverKeyId = requiredString(body, 'serverKeyId')
  const fields = {
    appId: protocol.kdf.appId ?? rpId,
    challenge,
    challengeExpiresAt,
    challengeId,
    externalUserId: user.externalUserId,
    nonce,
    timestamp: rawTimestamp,
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
    message = kdfProofMessage({ ...fields, saltVersion, kdfParamsVersion }, protocol)
  } else {
    message = emailProofMessage(fields, protocol)
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

  if ((await recoverProofSigner(message, signature, protocol.proof.signature)) !== publicKey) {
    throw new MockHttpError(
      'INVALID_SIGNATURE',
      'signature was not made by publicKey over the canonical message',
    )
  }
  if (purpose === 'sign-in' && publicKey !== user.publicKey) {
    throw new MockHttpError('SIGNER_MISMATCH', 'The key does not match the bound signer')
  }
  return publicKey
}
