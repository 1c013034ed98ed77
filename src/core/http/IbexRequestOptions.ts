import type { StandardSchema } from '../parse/StandardSchema.ts'

/** HTTP methods IBEx uses. Only `GET` is ever retried automatically. */
export type IbexHttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** Query values; `undefined` and `null` are left out of the URL. */
export type IbexQuery = Record<string, string | number | boolean | null | undefined>

/**
 * One call to IBEx through `client.request`.
 *
 * @example
 * const me = await client.request({ path: '/v1.2/users/me', schema: userSchema, chainId: true })
 */
export type IbexRequestOptions<TSchema extends StandardSchema = StandardSchema> = {
  /** Default `'GET'`. */
  method?: IbexHttpMethod | undefined
  /** Path below the base URL, starting with `/` (e.g. `/v1.2/users/me`). Put ids through `encodeURIComponent`. */
  path: string
  query?: IbexQuery | undefined
  /** Sent as JSON. */
  body?: unknown
  /**
   * Standard Schema (a valibot schema) the 2xx body must satisfy; the promise resolves to its
   * output. A mismatch throws `IbexResponseError` naming the endpoint and the field. Without a
   * schema the parsed JSON is returned as `unknown`. A 204 is checked as `undefined` (use
   * `v.optional(...)`). A function that loads the schema (`() => import(…)`) is called when the
   * request starts, so the download runs alongside it and stays out of the initial bundle.
   */
  schema?: TSchema | (() => Promise<TSchema>) | undefined
  /**
   * `true` (default): send the session's access token, refreshing it first when it is about to
   * expire, and on a 401 refresh once and replay once. `false`: a public route; no
   * `Authorization` or `X-IBEx-Auth` header is sent, whatever `headers` says.
   * `{ bearer }`: this exact token, no refresh (e.g. a `safe_provision_token`).
   */
  auth?: boolean | { bearer: string } | undefined
  /** Send `X-Blockchain-Id`: `true` for the client's `chainId`, or a chain id. Default: not sent. */
  chainId?: boolean | number | undefined
  headers?: Record<string, string> | undefined
  signal?: AbortSignal | undefined
  /** Per attempt; default the client's `timeoutMs`. */
  timeoutMs?: number | undefined
  /**
   * Back off and retry on 429 and 503. Default: `true` for GET, `false` for writes (a write is
   * never repeated behind the caller's back).
   */
  retry?: boolean | undefined
}
