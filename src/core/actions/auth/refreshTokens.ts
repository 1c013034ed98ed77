import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'
import type { AuthSessionResponse } from '../../schemas/authSessionResponseSchema.ts'

export type RefreshTokensParameters = {
  /** Single use: IBEx revokes it and answers 401 to a replay (docs/protocol.md). */
  refreshToken: string
}

/** The new pair (and whatever user fields IBEx adds). */
export type RefreshTokensReturnType = AuthSessionResponse

/**
 * `POST /v1.2/auth/refresh` (docs/protocol.md): exchanges a refresh token for a new pair. The
 * HTTP step only; the session store calls it inside its cross-tab lock and applies the result.
 * Apps call `client.refresh()` instead, which never spends a token twice.
 *
 * @example
 * const pair = await refreshTokens(client, { refreshToken })
 */
export function refreshTokens(
  client: IbexClient,
  parameters: RefreshTokensParameters,
  options: IbexActionOptions = {},
): Promise<RefreshTokensReturnType> {
  return client.request({
    method: 'POST',
    path: '/v1.2/auth/refresh',
    auth: false,
    body: { refresh_token: parameters.refreshToken },
    // Loaded with the first refresh: the schema library is not part of the initial bundle.
    schema: () =>
      loadOnDemand(
        'The token answer check',
        () => import('../../schemas/authSessionResponseSchema.ts'),
      ).then((module) => module.authSessionResponseSchema),
    signal: options.signal,
  })
}
