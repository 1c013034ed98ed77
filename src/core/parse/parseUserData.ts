import { IbexError } from '../errors/IbexError.ts'
import { userAggregateResponseSchema } from '../schemas/userAggregateResponseSchema.ts'
import type { IbexJsonValue } from '../schemas/jsonValueSchema.ts'
import { isRecord } from './isRecord.ts'
import type { IbexUserData, IbexUserDataError } from './IbexUserData.ts'
import { parseAddresses } from './parseAddresses.ts'
import { parseBalances } from './parseBalances.ts'
import { parseResponse } from './parseResponse.ts'
import { parseTransactionsPage } from './parseTransactionsPage.ts'
import { unwrapUserData } from './unwrapUserData.ts'

const ENDPOINT = 'GET /v1.2/users/me'

/** Keys of the body that are not sections. */
const NOT_SECTIONS = new Set(['data', 'userdata', 'errors'])

/** `{ status, data }` (WebSocket `user_data`, docs/protocol.md) → `data`; anything else as is. */
/**
 * Parses a `/users/me` body (docs/protocol.md and #7) into `IbexUserData`: sections
 * unwrapped when the WebSocket wrapped them, `addresses` / `balances` / `transactions` parsed by
 * their own parsers, the user's key/values read from `data`, else `userdata`. A section whose
 * shape cannot be read lands in `errors` instead of failing the whole profile.
 *
 * @example
 * const profile = parseUserData(result.enrichment?.userdata)
 */
export function parseUserData(
  body: unknown,
  options: { endpoint?: string | undefined } = {},
): IbexUserData {
  const endpoint = options.endpoint ?? ENDPOINT
  const parsed = parseResponse(
    userAggregateResponseSchema,
    isRecord(body) ? unwrapUserData(body) : body,
    endpoint,
  )
  const errors: Record<string, IbexUserDataError> = {}
  for (const [name, error] of Object.entries(parsed.errors ?? {})) {
    errors[name] = { status: error.status ?? undefined, message: error.message ?? 'Failed' }
  }
  const sections: Record<string, unknown> = {}
  for (const [name, section] of Object.entries(parsed)) {
    if (!NOT_SECTIONS.has(name) && section !== undefined) sections[name] = section
  }
  function take<T>(name: string, parse: (section: unknown) => T): T | undefined {
    if (!(name in sections)) return undefined
    const section = sections[name]
    delete sections[name]
    try {
      return parse(section)
    } catch (error) {
      if (!(error instanceof IbexError)) throw error
      errors[name] = { status: undefined, message: error.shortMessage }
      return undefined
    }
  }
  const sectionEndpoint = (name: string) => `${endpoint} (${name})`
  const data: Record<string, IbexJsonValue> = parsed.data ?? parsed.userdata ?? {}
  return {
    data,
    addresses: take('addresses', (s) =>
      parseAddresses(s, { endpoint: sectionEndpoint('addresses') }),
    ),
    balances: take('balances', (s) => parseBalances(s, { endpoint: sectionEndpoint('balances') })),
    transactions: take('transactions', (s) =>
      parseTransactionsPage(s, { endpoint: sectionEndpoint('transactions') }),
    ),
    sections,
    errors,
  }
}
