import { collectUserSections } from '../views/collectUserSections.ts'
import type { MockView } from '../views/MockView.ts'
import { publicUserData } from '../views/publicUserData.ts'

/**
 * `user_data` (docs/protocol.md): the `/users/me` aggregate with every section wrapped
 * `{ status, data }`; a failed section is `{ status, data: null, message }`.
 *
 * @example
 * socketUserData(view).balances // { status: 200, data: { … } }
 */
export function socketUserData(view: MockView): Record<string, unknown> {
  const { sections, errors } = collectUserSections(view, (data) => ({ status: 200, data }))
  const failed = Object.fromEntries(
    Object.entries(errors).map(([name, { status, message }]) => [
      name,
      { status, data: null, message },
    ]),
  )
  return { ...sections, ...failed, data: { status: 200, data: publicUserData(view.user) } }
}
