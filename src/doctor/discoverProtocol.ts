import type { IbexProtocolProfile } from '../core/protocol/IbexProtocolProfile.ts'
import { mergeProtocolProfile } from '../core/protocol/mergeProtocolProfile.ts'

/** How the server refused one proof attempt. */
export type ProofRefusal = { status: number | undefined; code: string | undefined; message: string }

/** One try of a proof under a profile, on a fresh challenge. */
export type ProofAttempt<T> = (
  profile: IbexProtocolProfile,
) => Promise<{ ok: true; value: T } | { ok: false; refusal: ProofRefusal }>

/** What {@link discoverProtocol} found. */
export type Discovery<T> =
  | { found: true; profile: IbexProtocolProfile; value: T; attempts: number }
  | { found: false; attempts: number; lastRefusal: ProofRefusal | undefined }

/** An undocumented rule that discovery may vary, with its candidate values, likeliest first. */
export type DiscoveryAxis = {
  /** Dotted path in the profile, e.g. `proof.timestamp`. */
  rule: string
  values: readonly unknown[]
  /** Words of a refusal that point at this rule (a server that says which field it dislikes). */
  hints: readonly RegExp[]
  /** Order among combinations with as many changes: lower is tried first. */
  cost: number
}

/** The key order of the body as docs/protocol.md lists it: the usual alternative to sorted keys. */
export const BODY_KEY_ORDER = [
  'appId',
  'wallet',
  'externalUserId',
  'challenge',
  'challengeExpiresAt',
  'challengeId',
  'saltVersion',
  'kdfParamsVersion',
  'nonce',
  'timestamp',
] as const

/** The rules of a PIN or email proof and their alternatives. */
export const PROOF_AXES: readonly DiscoveryAxis[] = [
  { rule: 'proof.timestamp', values: ['ms', 's', 'iso'], hints: [/timestamp/i, /clock/i], cost: 3 },
  {
    rule: 'proof.nonce',
    values: [
      { bytes: 16, encoding: 'base64url' },
      { bytes: 16, encoding: 'base64' },
      { bytes: 16, encoding: 'hex' },
      { bytes: 32, encoding: 'base64url' },
      { bytes: 32, encoding: 'base64' },
      { bytes: 32, encoding: 'hex' },
    ],
    hints: [/nonce/i],
    cost: 5,
  },
  {
    rule: 'proof.signature.encoding',
    values: ['hex', 'base64', 'base64url'],
    hints: [/signature (encoding|must be)/i, /not (0x-)?hex/i],
    cost: 4,
  },
  { rule: 'proof.keyOrder', values: ['sorted', BODY_KEY_ORDER], hints: [], cost: 1 },
  {
    rule: 'proof.signature.scheme',
    values: ['eip191', 'eip191-keccak', 'raw'],
    hints: [],
    cost: 2,
  },
]

/** The email message's own rule. */
export const EMAIL_AXES: readonly DiscoveryAxis[] = [
  {
    rule: 'email.proofFields',
    values: [
      [
        'appId',
        'challenge',
        'challengeExpiresAt',
        'challengeId',
        'externalUserId',
        'nonce',
        'timestamp',
        'wallet',
      ],
      [
        'appId',
        'challenge',
        'challengeExpiresAt',
        'challengeId',
        'externalUserId',
        'nonce',
        'timestamp',
      ],
    ],
    hints: [],
    cost: 1,
  },
]

function read(profile: IbexProtocolProfile, rule: string): unknown {
  return rule.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], profile)
}

function withRule(profile: IbexProtocolProfile, rule: string, value: unknown) {
  const patch = rule
    .split('.')
    .reverse()
    .reduce<unknown>((inner, key) => ({ [key]: inner }), value)
  return mergeProtocolProfile(patch as Parameters<typeof mergeProtocolProfile>[0], profile)
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Finds the profile a server accepts a proof under, in at most `maxAttempts` tries (each on a
 * fresh challenge). First the configured profile. When a refusal names a rule (`timestamp`,
 * `nonce`, the signature's encoding), that rule's alternatives are tried until the refusal stops
 * naming it. When the refusal names nothing (a bare "invalid signature"), combinations of the
 * rules not settled yet are tried, fewest changes first.
 *
 * @example
 * const found = await discoverProtocol(defaultProtocolProfile, PROOF_AXES, attemptKdfSignUp)
 */
export async function discoverProtocol<T>(
  start: IbexProtocolProfile,
  axes: readonly DiscoveryAxis[],
  attempt: ProofAttempt<T>,
  maxAttempts = 24,
): Promise<Discovery<T>> {
  let attempts = 0
  let profile = start
  let lastRefusal: ProofRefusal | undefined
  const settled = new Set<string>()
  const hinted = (refusal: ProofRefusal) =>
    axes.find((axis) => !settled.has(axis.rule) && axis.hints.some((h) => h.test(refusal.message)))

  async function tryProfile(candidate: IbexProtocolProfile) {
    attempts += 1
    const result = await attempt(candidate)
    if (!result.ok) lastRefusal = result.refusal
    return result
  }

  const first = await tryProfile(profile)
  if (first.ok) return { found: true, profile, value: first.value, attempts }
  let refusal = first.refusal

  // Rules the server names, one at a time.
  for (let axis = hinted(refusal); axis !== undefined; axis = hinted(refusal)) {
    settled.add(axis.rule)
    for (const value of axis.values) {
      if (same(value, read(profile, axis.rule))) continue
      if (attempts >= maxAttempts) return { found: false, attempts, lastRefusal }
      const candidate = withRule(profile, axis.rule, value)
      const result = await tryProfile(candidate)
      if (result.ok) return { found: true, profile: candidate, value: result.value, attempts }
      if (!axis.hints.some((h) => h.test(result.refusal.message))) {
        profile = candidate
        refusal = result.refusal
        break
      }
    }
  }

  // The rest only changes the signed bytes: combinations, fewest changes first.
  const open = axes.filter((axis) => !settled.has(axis.rule))
  let combos = [{ profile, changes: 0, cost: 0 }]
  for (const axis of open) {
    combos = combos.flatMap((combo) =>
      axis.values.map((value) => {
        const changed = !same(value, read(profile, axis.rule))
        return {
          profile: withRule(combo.profile, axis.rule, value),
          changes: combo.changes + (changed ? 1 : 0),
          cost: combo.cost + (changed ? axis.cost : 0),
        }
      }),
    )
  }
  combos.sort((a, b) => a.changes - b.changes || a.cost - b.cost)
  for (const combo of combos) {
    if (combo.changes === 0) continue
    if (attempts >= maxAttempts) break
    const result = await tryProfile(combo.profile)
    if (result.ok) return { found: true, profile: combo.profile, value: result.value, attempts }
  }
  return { found: false, attempts, lastRefusal }
}
