import { IbexValidationError } from '../errors/IbexValidationError.ts'
import { base64ToBytes } from '../utils/base64.ts'
import { defaultProtocolProfile } from './defaultProtocolProfile.ts'
import type {
  IbexEmailProofField,
  IbexProtocolProfile,
  IbexProtocolProfileInput,
} from './IbexProtocolProfile.ts'

const ENCODINGS = ['base64url', 'base64', 'hex'] as const
const SIGNATURE_ENCODINGS = ['hex', 'base64', 'base64url'] as const
const EMAIL_FIELDS: readonly IbexEmailProofField[] = defaultProtocolProfile.email.proofFields

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

// Objects merge member by member; arrays and scalars replace.
function deepMerge(base: unknown, patch: unknown, path: string): unknown {
  if (patch === undefined) return base
  if (!isPlainObject(base)) return patch
  if (!isPlainObject(patch)) fail(path, 'must be an object')
  const merged: Record<string, unknown> = { ...base }
  for (const [key, value] of Object.entries(patch)) {
    const at = path === '' ? key : `${path}.${key}`
    if (!Object.hasOwn(base, key)) fail(at, 'is not a rule of the protocol profile')
    merged[key] = deepMerge(base[key], value, at)
  }
  return merged
}

function fail(path: string, problem: string, received?: unknown): never {
  throw new IbexValidationError({
    code: 'validation/protocol-invalid',
    field: path === '' ? 'protocol' : `protocol.${path}`,
    message: `\`${path === '' ? 'protocol' : `protocol.${path}`}\` ${problem}.`,
    ...(received === undefined ? {} : { details: `received ${JSON.stringify(received)}` }),
  })
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (!allowed.includes(value as T))
    fail(path, `must be one of ${allowed.map((a) => `'${a}'`).join(', ')}`, value)
  return value as T
}

function integer(value: unknown, min: number, max: number, path: string): number {
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max)
    fail(path, `must be an integer from ${min} to ${max}`, value)
  return value as number
}

function text(value: unknown, path: string, allowEmpty = false): string {
  if (typeof value !== 'string' || (!allowEmpty && value === ''))
    fail(path, 'must be a non-empty string', value)
  return value
}

function keyList(value: unknown, path: string): readonly string[] {
  if (!Array.isArray(value) || value.length === 0 || !value.every((key) => typeof key === 'string'))
    fail(path, "must be 'sorted' or a non-empty list of keys", value)
  if (new Set(value).size !== value.length) fail(path, 'lists a key twice', value)
  return Object.freeze([...(value as string[])])
}

/**
 * Checks a whole profile (from JSON, say) and returns it frozen: every rule of
 * {@link IbexProtocolProfile} must hold an allowed value, else `validation/protocol-invalid`
 * naming `protocol.<rule>`.
 */
function validateProfile(raw: unknown): IbexProtocolProfile {
  const p = raw as IbexProtocolProfile
  const keyOrder =
    p.proof.keyOrder === 'sorted' ? 'sorted' : keyList(p.proof.keyOrder, 'proof.keyOrder')
  const hkdfSalt = text(p.kdf.hkdf.salt, 'kdf.hkdf.salt', true)
  try {
    base64ToBytes(hkdfSalt)
  } catch {
    fail('kdf.hkdf.salt', 'must be base64', hkdfSalt)
  }
  const proofFields = keyList(p.email.proofFields, 'email.proofFields')
  for (const field of proofFields) oneOf(field, EMAIL_FIELDS, 'email.proofFields')
  for (const needed of ['challenge', 'nonce', 'timestamp'] as const) {
    if (!proofFields.includes(needed)) fail('email.proofFields', `must include '${needed}'`)
  }
  if (p.kdf.appId !== null) text(p.kdf.appId, 'kdf.appId')
  if (typeof p.operation.publicKey !== 'boolean')
    fail('operation.publicKey', 'must be true or false', p.operation.publicKey)
  const profile: IbexProtocolProfile = {
    proof: {
      keyOrder,
      timestamp: oneOf(p.proof.timestamp, ['ms', 's', 'iso'], 'proof.timestamp'),
      nonce: {
        bytes: integer(p.proof.nonce.bytes, 8, 64, 'proof.nonce.bytes'),
        encoding: oneOf(p.proof.nonce.encoding, ENCODINGS, 'proof.nonce.encoding'),
      },
      signature: {
        scheme: oneOf(
          p.proof.signature.scheme,
          ['eip191', 'eip191-keccak', 'raw'],
          'proof.signature.scheme',
        ),
        encoding: oneOf(
          p.proof.signature.encoding,
          SIGNATURE_ENCODINGS,
          'proof.signature.encoding',
        ),
      },
    },
    kdf: {
      appId: p.kdf.appId,
      env: text(p.kdf.env, 'kdf.env'),
      hkdf: {
        hash: oneOf(p.kdf.hkdf.hash, ['SHA-256', 'SHA-384', 'SHA-512'], 'kdf.hkdf.hash'),
        salt: hkdfSalt,
        length: integer(p.kdf.hkdf.length, 32, 32, 'kdf.hkdf.length') as 32,
      },
    },
    email: {
      proofFields: proofFields as readonly IbexEmailProofField[],
      wallet: text(p.email.wallet, 'email.wallet'),
      backup: {
        memory: integer(p.email.backup.memory, 8192, 4_194_304, 'email.backup.memory'),
        iterations: integer(p.email.backup.iterations, 1, 64, 'email.backup.iterations'),
        parallelism: integer(p.email.backup.parallelism, 1, 16, 'email.backup.parallelism'),
        saltBytes: integer(p.email.backup.saltBytes, 16, 64, 'email.backup.saltBytes'),
        ivBytes: integer(p.email.backup.ivBytes, 12, 16, 'email.backup.ivBytes'),
        encoding: oneOf(
          p.email.backup.encoding,
          ['base64', 'base64url', 'hex'],
          'email.backup.encoding',
        ),
      },
    },
    operation: {
      message: oneOf(p.operation.message, ['bytes', 'hex-text'], 'operation.message'),
      signatureEncoding: oneOf(
        p.operation.signatureEncoding,
        SIGNATURE_ENCODINGS,
        'operation.signatureEncoding',
      ),
      publicKey: p.operation.publicKey,
    },
  }
  return Object.freeze(profile)
}

/**
 * Deep-merges a partial profile over a base (default: {@link defaultProtocolProfile}) and checks
 * the result: objects merge member by member, lists and values replace. An unknown rule or a
 * value out of range is `validation/protocol-invalid` naming `protocol.<rule>`, thrown before
 * any request. JSON in, JSON out: `JSON.parse(JSON.stringify(profile))` is the same profile.
 *
 * @param input - What differs from the base (a whole profile from `ibex-doctor` also works).
 * @param base - The profile to start from.
 * @returns The complete, frozen profile.
 * @example
 * const protocol = mergeProtocolProfile({ proof: { timestamp: 's', signature: { encoding: 'base64' } } })
 * protocol.proof.signature // { scheme: 'eip191', encoding: 'base64' }
 */
export function mergeProtocolProfile(
  input?: IbexProtocolProfileInput | undefined,
  base: IbexProtocolProfile = defaultProtocolProfile,
): IbexProtocolProfile {
  if (input === undefined) return base
  if (!isPlainObject(input)) fail('', 'must be an object')
  return validateProfile(deepMerge(base, input, ''))
}
