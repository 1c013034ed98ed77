import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import type { IbexIbanLink } from '../../schemas/userIbansResponseSchema.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'

/** Which of the user's Safes have an IBAN, and its status. */
export type GetUserIbansReturnType = IbexIbanLink[]

/**
 * `GET /v1.2/users/me/ibans` (docs/protocol.md "SEPA and IBANs"): the IBAN links of the user's
 * Safes (Safe, chain, status, provider), without the IBAN strings, which `getIbans` reads.
 *
 * @example
 * const hasIban = (await getUserIbans(client)).some((link) => link.status === 'active')
 */
export function getUserIbans(
  client: IbexClient,
  options: IbexActionOptions = {},
): Promise<GetUserIbansReturnType> {
  return client.request({
    path: '/v1.2/users/me/ibans',
    schema: () =>
      loadOnDemand(
        'The IBAN links reader',
        () => import('../../schemas/userIbansResponseSchema.ts'),
      ).then((module) => module.userIbansResponseSchema),
    signal: options.signal,
  })
}
