// The fields of each challenge answer that IBEx's API reference documents (§4.1, §4.3) or the kit reads:
// anything else is listed by the doctor, so a change on the server becomes visible.

const passkeyCreation = [
  'rp',
  'user',
  'challenge',
  'pubKeyCredParams',
  'timeout',
  'excludeCredentials',
  'authenticatorSelection',
  'attestation',
  'attestationFormats',
  'extensions',
  'hints',
]
const passkeyRequest = [
  'challenge',
  'rpId',
  'timeout',
  'allowCredentials',
  'userVerification',
  'extensions',
  'hints',
]
const envelopes = ['credentialRequestOptions', 'credentialCreationOptions', 'publicKey']
const pendingSession = ['access_token', 'refresh_token', 'token_type', 'expires_in', 'authMethod']
const kdf = [
  'externalUserId',
  'flow',
  'wallet',
  'salt',
  'saltVersion',
  'kdf',
  'kdfParamsVersion',
  'challenge',
  'challengeExpiresAt',
  'challengeId',
  'serverSignature',
  'serverKeyId',
  'emailValidationRequired',
  'hasPasskey',
]

/** Known top-level fields, and those of the WebAuthn options wherever they sit. */
export const knownChallengeFields = {
  'passkeys-sign-up': {
    root: [...envelopes, 'emailValidationRequired', 'externalUserId'],
    options: passkeyCreation,
  },
  'passkeys-sign-in': { root: envelopes, options: passkeyRequest },
  'kdf-sign-up': { root: [...kdf, ...pendingSession], options: [] },
  'kdf-sign-in': { root: [...kdf, ...pendingSession], options: [] },
} as const

/**
 * The fields of a challenge answer that are not in {@link knownChallengeFields}, as
 * `field` or `envelope.field`.
 */
export function unknownFields(body: unknown, kind: keyof typeof knownChallengeFields): string[] {
  if (typeof body !== 'object' || body === null) return []
  const known = knownChallengeFields[kind]
  const root = body as Record<string, unknown>
  const envelope = envelopes.find((key) => typeof root[key] === 'object' && root[key] !== null)
  const unknown: string[] = []
  const rootKnown: readonly string[] =
    envelope === undefined && known.options.length > 0
      ? [...known.root, ...known.options]
      : known.root
  for (const key of Object.keys(root)) if (!rootKnown.includes(key)) unknown.push(key)
  if (envelope !== undefined) {
    const options: readonly string[] = known.options
    for (const key of Object.keys(root[envelope] as object)) {
      if (!options.includes(key)) unknown.push(`${envelope}.${key}`)
    }
  }
  return unknown
}
