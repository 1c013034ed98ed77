import type { MockView } from './MockView.ts'
import { collectUserSections } from './collectUserSections.ts'
import { publicUserData } from './publicUserData.ts'

/**
 * `GET /v1.2/users/me` (docs/protocol.md): one unwrapped key per section, the user's key/values
 * under `data`, and `errors.<section> = { status, message }` for a failed one.
 *
 * @example
 * buildUserAggregate(view).balances.totals.grand_total_value_eur
 */
export function buildUserAggregate(view: MockView): Record<string, unknown> {
  const { sections, errors } = collectUserSections(view, (data) => data)
  return { ...sections, data: publicUserData(view.user), errors }
}
