import type { IbexClient } from '../core/client/IbexClient.ts'

/**
 * The tenant part of every IBEx query key: the client's `rpId`, or its `baseUrl` when the rpId is
 * left to the browser's `Origin`. Two clients of different tenants never share cached data.
 *
 * @example
 * const key = ibexQueryKeys.balances(ibexQueryScope(client), user.externalUserId)
 */
export function ibexQueryScope(client: IbexClient): string {
  return client.config.rpId ?? client.config.baseUrl
}
