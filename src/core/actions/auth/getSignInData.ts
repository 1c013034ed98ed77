import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { signInDataResponseSchema } from '../../schemas/signInDataResponseSchema.ts'
import type { SignInDataResponse } from '../../schemas/signInDataResponseSchema.ts'

/** The `dataRequestId` of a sign-in made with `asyncData: true`. */
export type GetSignInDataParameters = string

/** `{ status: 'PENDING' | 'READY' | 'FAILED', data?, error? }`. */
export type GetSignInDataReturnType = SignInDataResponse

/**
 * `GET /v1.2/auth/sign-in/data/:dataRequestId` (docs/protocol.md): polls the enrichment
 * (balance, transactions, userdata) of an `asyncData` sign-in, with the new session's token.
 *
 * @example
 * const { status, data } = await getSignInData(client, response.dataRequestId)
 */
export function getSignInData(
  client: IbexClient,
  dataRequestId: GetSignInDataParameters,
  options: IbexActionOptions = {},
): Promise<GetSignInDataReturnType> {
  return client.request({
    path: `/v1.2/auth/sign-in/data/${encodeURIComponent(dataRequestId)}`,
    schema: signInDataResponseSchema,
    signal: options.signal,
  })
}
