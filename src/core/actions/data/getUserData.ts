import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import type { IbexUserData } from '../../parse/IbexUserData.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'

/** The user's profile, parsed (see `IbexUserData`). */
export type GetUserDataReturnType = IbexUserData

/**
 * `GET /v1.2/users/me` (docs/protocol.md): the user's key/values and the aggregated sections
 * (addresses, balances, transactions, signers, KYC …). Calling it right after an enriched
 * sign-in is a known way to meet IBEx's anti-flood 429: sign in with `includeUserdata` instead.
 *
 * @example
 * const { data, errors } = await getUserData(client)
 */
export async function getUserData(
  client: IbexClient,
  options: IbexActionOptions = {},
): Promise<GetUserDataReturnType> {
  // Loaded alongside the request (see getBalances).
  const [body, { parseUserData }] = await Promise.all([
    client.request({ path: '/v1.2/users/me', signal: options.signal }),
    loadOnDemand('The profile reader', () => import('../../parse/parseUserData.ts')),
  ])
  return parseUserData(body)
}
