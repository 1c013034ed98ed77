import { MockHttpError } from '../errors/MockHttpError.ts'
import type { MockState } from '../state/MockState.ts'

/**
 * Whose sessions {@link expireSessions} ends: `'all'`, or the users matching every given field
 * (`rpId` alone: the whole tenant).
 *
 * @example
 * mock.expireSession({ email: 'ada@example.com' })
 * mock.expireSession('all')
 */
export type MockSessionTarget =
  | 'all'
  | {
      rpId?: string | undefined
      externalUserId?: string | undefined
      email?: string | undefined
    }

/** Options of {@link expireSessions}. */
export type MockExpireSessionOptions = {
  /**
   * Also revoke the refresh tokens, so the app cannot renew and must sign in again. Default
   * false: only the access tokens expire, the app's refresh path runs.
   */
  refreshTokens?: boolean | undefined
}

/** What {@link expireSessions} did. */
export type MockExpireSessionResult = { accessTokens: number; refreshTokens: number }

function field(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string' || value === '') {
    throw new MockHttpError('VALIDATION', `${name} must be a non-empty string`)
  }
  return value
}

/**
 * Expires the access tokens already issued to the target users (their next JWT request is a
 * 401, their WebSocket auth an `auth_error` TOKEN_EXPIRED), and with `refreshTokens` their refresh
 * tokens too. Tokens issued afterwards work. Validates a target read from JSON.
 */
export function expireSessions(
  state: MockState,
  target: unknown,
  options: MockExpireSessionOptions = {},
): MockExpireSessionResult {
  let match: (rpId: string, externalUserId: string) => boolean
  if (target === 'all') {
    match = () => true
  } else if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
    const record = target as Record<string, unknown>
    const rpId = field(record.rpId, 'rpId')?.toLowerCase()
    const externalUserId = field(record.externalUserId, 'externalUserId')
    const email = field(record.email, 'email')?.toLowerCase()
    if (!rpId && !externalUserId && !email) {
      throw new MockHttpError(
        'VALIDATION',
        'Name the sessions to expire: rpId, externalUserId or email (or "all")',
      )
    }
    match = (tenantRpId, userId) => {
      if (rpId && tenantRpId !== rpId) return false
      if (externalUserId && userId !== externalUserId) return false
      if (email) {
        const user = state.tenants.get(tenantRpId)?.users.get(userId)
        if (user?.email?.toLowerCase() !== email) return false
      }
      return true
    }
  } else {
    throw new MockHttpError('VALIDATION', 'target must be "all" or an object')
  }
  const result: MockExpireSessionResult = { accessTokens: 0, refreshTokens: 0 }
  for (const tenant of state.tenants.values()) {
    for (const record of tenant.accessTokens.values()) {
      if (record.expired || !match(tenant.rpId, record.externalUserId)) continue
      record.expired = true
      result.accessTokens += 1
    }
    if (!options.refreshTokens) continue
    for (const record of tenant.refreshTokens.values()) {
      if (record.used || !match(tenant.rpId, record.externalUserId)) continue
      record.used = true
      result.refreshTokens += 1
    }
  }
  return result
}
