import type { Address } from 'viem'
import { MockHttpError } from '../errors/MockHttpError.ts'
import type { MockView } from '../views/MockView.ts'
import { deriveIndexedAddress, derivedFamilies } from './deriveIndexedAddress.ts'

/** The limits IBEx documents for derived wallets (docs/protocol.md). */
export const derivedWalletLimits = {
  maxIndexPerFamily: 100,
  maxCountPerRequest: 10,
  /** One derivation per signer every ~5 s. */
  intervalMs: 5_000,
} as const

type Family = (typeof derivedFamilies)[number]

function requestsOf(body: Record<string, unknown>): { family: Family; count: number }[] {
  const add = body.add
  if (!Array.isArray(add) || add.length === 0) {
    throw new MockHttpError('VALIDATION', 'add must be a non-empty array of { family, count? }')
  }
  const requests = add.map((entry: unknown, index) => {
    const item = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<
      string,
      unknown
    >
    const family = item.family
    if (!derivedFamilies.includes(family as Family)) {
      throw new MockHttpError(
        'VALIDATION',
        `add[${index}].family must be one of ${derivedFamilies.join(', ')}`,
      )
    }
    const count = item.count ?? 1
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 10) {
      throw new MockHttpError('VALIDATION', `add[${index}].count must be an integer from 1 to 10`)
    }
    return { family: family as Family, count }
  })
  const total = requests.reduce((sum, request) => sum + request.count, 0)
  if (total > derivedWalletLimits.maxCountPerRequest) {
    throw new MockHttpError(
      'VALIDATION',
      `At most ${derivedWalletLimits.maxCountPerRequest} addresses per request (${total} asked)`,
    )
  }
  return requests
}

/**
 * Derives more addresses for the caller's signer, globally (`scope: 'global'`) or for one Safe:
 * `add: [{ family, count? }]` (count 1–10, 10 per request, index ≤ 100 per family, else 400
 * `MAX_INDEX_PER_FAMILY exceeded for …`). A signer without a master seed (in the mock: any but
 * a passkey signer) is 409 NO_MASTER; a second derivation within ~5 s is 429 with
 * `Retry-After`. Index 0 of the global scope is the signer's own `eoaAddresses` entry.
 *
 * @example
 * const { added, indexed } = deriveWallets(view, body, 'global')
 */
export function deriveWallets(
  view: MockView,
  body: Record<string, unknown>,
  scope: 'global' | Address,
): {
  added: { family: Family; index: number; address: string }[]
  indexed: Record<string, string[]>
} {
  const { user, now } = view
  const requests = requestsOf(body)
  if (user.eoaAddresses.length === 0) {
    throw new MockHttpError('NO_MASTER', 'This signer has no master key to derive addresses from')
  }
  const derived = (user.derived ??= { global: {}, perSafe: {} })
  if (derived.lastAt !== undefined && now - derived.lastAt < derivedWalletLimits.intervalMs) {
    const retryAfter = Math.ceil((derived.lastAt + derivedWalletLimits.intervalMs - now) / 1000)
    throw new MockHttpError('RATE_LIMITED', 'One derivation per signer every 5 seconds', {
      headers: { 'Retry-After': String(Math.max(1, retryAfter)) },
    })
  }
  const indexed: Record<string, string[]> =
    scope === 'global' ? derived.global : (derived.perSafe[scope] ??= {})
  const start = (family: Family) => {
    if (indexed[family]) return indexed[family]
    const own =
      scope === 'global' ? user.eoaAddresses.find((entry) => entry.type === family) : undefined
    return own ? [own.address] : []
  }
  const next: Record<string, string[]> = {}
  const added: { family: Family; index: number; address: string }[] = []
  for (const { family, count } of requests) {
    const list = next[family] ?? [...start(family)]
    if (list.length + count > derivedWalletLimits.maxIndexPerFamily + 1) {
      throw new MockHttpError('VALIDATION', `MAX_INDEX_PER_FAMILY exceeded for ${family}`)
    }
    for (let n = 0; n < count; n += 1) {
      const index = list.length
      const address = deriveIndexedAddress(user.signerId, scope, family, index)
      list.push(address)
      added.push({ family, index, address })
    }
    next[family] = list
  }
  Object.assign(indexed, next)
  derived.lastAt = now
  return { added, indexed: { ...indexed } }
}
