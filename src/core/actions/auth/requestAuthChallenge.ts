import type { GenericSchema, InferOutput } from 'valibot'
import type { IbexClient } from '../../client/IbexClient.ts'
import type { IbexQuery } from '../../http/IbexRequestOptions.ts'
import type { IbexWalletMode } from '../../session/sessionFromAuthResponse.ts'

/**
 * Step 1 of sign-up or sign-in for one mode: a public GET with `wallet` and the mode's query,
 * the body checked against the mode's schema and tagged with `wallet` so results narrow on it.
 *
 * @example
 * const challenge = await requestAuthChallenge(client, { path: '/v1.2/auth/sign-in' }, 'kdf',
 *   { externalUserId }, kdfChallengeSchema)
 */
export async function requestAuthChallenge<
  const TWallet extends IbexWalletMode,
  TSchema extends GenericSchema<unknown, object>,
>(
  client: IbexClient,
  request: { path: string; chainId?: boolean | undefined; signal?: AbortSignal | undefined },
  wallet: TWallet,
  query: IbexQuery,
  schema: TSchema,
): Promise<InferOutput<TSchema> & { wallet: TWallet }> {
  const body = await client.request({
    ...request,
    auth: false,
    query: { wallet, ...query },
    schema,
  })
  // `body` is valibot's fresh output object, ours to tag.
  return Object.assign(body, { wallet })
}
