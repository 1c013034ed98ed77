import type { MockUser } from '../state/MockUser.ts'

/**
 * The user's key/values as IBEx returns them: every key except `private.*` (docs/protocol.md).
 *
 * @example
 * publicUserData(user) // { email: 'jane@x', language: 'en' }
 */
export function publicUserData(user: MockUser): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(user.userData ?? {}).filter(([key]) => !key.startsWith('private.')),
  )
}
