import type { SchemaOutput, StandardSchema } from '../parse/StandardSchema.ts'
import { IbexHttpError } from '../errors/IbexHttpError.ts'
import type { IbexHttpContext } from './IbexHttpContext.ts'
import type { IbexRequestOptions } from './IbexRequestOptions.ts'
import { sendRequest } from './sendRequest.ts'

/** Where authenticated calls get their token. */
export type IbexTokenSource = {
  /** A valid access token (refreshed first when needed); throws `IbexSessionError` when signed out. */
  getAccessToken(): Promise<string>
  /** The token to replay with after a 401 on `rejected`. */
  tokenAfterUnauthorized(rejected: string): Promise<string>
}

// A 401 that names a domain refusal (a signature from the wrong key, an unknown passkey) is not
// about the token: refreshing and resending it would only repeat the refusal, and for a write
// would send it twice. Only a bare 401 or a token code is retried after a refresh.
const TOKEN_CODES = new Set(['UNAUTHORIZED', 'TOKEN_EXPIRED', 'INVALID_TOKEN', 'TOKEN_INVALID'])
const isTokenRefusal = (error: IbexHttpError) =>
  error.serverCode === undefined || TOKEN_CODES.has(error.serverCode)

/**
 * The one request function of the kit: `sendRequest` plus tokens. Public calls (`auth: false`)
 * carry no token at all; authenticated ones get a valid token first and, on a 401, refresh once
 * and replay once (docs/protocol.md).
 *
 * @example
 * const me = await request(context, tokens, { path: '/v1.2/users/me', schema: meSchema })
 */
export async function request<TSchema extends StandardSchema>(
  context: IbexHttpContext,
  tokens: IbexTokenSource,
  options: IbexRequestOptions<TSchema>,
): Promise<SchemaOutput<TSchema>> {
  const { auth = true, ...rest } = options
  if (auth === false) return sendRequest(context, rest)
  if (auth !== true) return sendRequest(context, { ...rest, bearer: auth.bearer })
  const token = await tokens.getAccessToken()
  try {
    return await sendRequest(context, { ...rest, bearer: token })
  } catch (error) {
    if (!(error instanceof IbexHttpError) || error.status !== 401 || !isTokenRefusal(error)) {
      throw error
    }
    const fresh = await tokens.tokenAfterUnauthorized(token)
    return sendRequest(context, { ...rest, bearer: fresh })
  }
}
