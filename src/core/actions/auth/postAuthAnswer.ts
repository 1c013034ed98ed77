import type { GenericSchema, InferOutput } from 'valibot'
import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import type { IbexSessionUser } from '../../session/IbexSessionRecord.ts'
import type { IbexAuthResponse } from '../../session/sessionFromAuthResponse.ts'
import type { SubmitSignInParameters } from './submitSignIn.ts'
import type { SubmitSignUpParameters } from './submitSignUp.ts'

/**
 * Step 2 of sign-up or sign-in for one mode: the public POST of the signed answer, checked
 * against the schema the caller names, then stored as the session. Each ceremony passes the
 * schema of its own mode, so a passkey-only app never downloads the PIN, email or 7702 ones.
 *
 * @example
 * const { user } = await postAuthAnswer(client, { path: '/v1.2/auth/sign-in', chainId: true },
 *   { wallet: 'passkeys', credential }, authSessionResponseSchema, 'POST /v1.2/auth/sign-in')
 */
export async function postAuthAnswer<
  TSchema extends GenericSchema<unknown, IbexAuthResponse>,
  const TBody extends SubmitSignInParameters | SubmitSignUpParameters,
>(
  client: IbexClient,
  request: { path: string; chainId: number | true },
  body: TBody,
  schema: TSchema,
  options: IbexActionOptions & { emailHint?: string | undefined } = {},
): Promise<{ user: IbexSessionUser; response: InferOutput<TSchema> }> {
  const response = await client.request({
    method: 'POST',
    path: request.path,
    auth: false,
    chainId: request.chainId,
    body,
    signal: options.signal,
    schema,
  })
  const user = await client.session.applyAuthResponse(response, {
    wallet: body.wallet,
    endpoint: `POST ${request.path}`,
    emailHint: options.emailHint,
  })
  return { user, response }
}
