import type { SchemaOutput, StandardSchema } from '../parse/StandardSchema.ts'
import { IbexHttpError } from '../errors/IbexHttpError.ts'
import { IbexNetworkError } from '../errors/IbexNetworkError.ts'
import { IbexResponseError } from '../errors/IbexResponseError.ts'
import { parseResponse } from '../parse/parseResponse.ts'
import { PROXY_HEADER } from '../session/createProxySessionStorage.ts'
import { buildUrl } from './buildUrl.ts'
import { httpErrorFromResponse } from './httpErrorFromResponse.ts'
import type { IbexHttpContext, IbexRetryPolicy } from './IbexHttpContext.ts'
import type { IbexRequestOptions } from './IbexRequestOptions.ts'
import { sleep } from './sleep.ts'
import { unrefTimer } from './unrefTimer.ts'

/** `sendRequest` options: a request whose bearer token, if any, is already known. */
export type SendRequestOptions<TSchema extends StandardSchema> = Omit<
  IbexRequestOptions<TSchema>,
  'auth'
> & {
  /** Access token for `Authorization` (and `X-IBEx-Auth` when enabled); none on public calls. */
  bearer?: string | undefined
}

type RawResponse = {
  status: number
  ok: boolean
  redirected: boolean
  text: string
  retryAfter: string | null
}

const AUTH_HEADERS = new Set(['authorization', 'x-ibex-auth'])

// No IBEx answer comes near this; a larger body is a broken or hostile server (or proxy), and
// reading it whole could exhaust a phone's memory.
const MAX_BODY_BYTES = 10 * 1024 * 1024

/**
 * Sends one IBEx call: JSON in and out, rpId and chain headers, per-attempt timeout, caller
 * abort, back-off on 429/503 for GETs, and the body checked against `schema`. Token handling
 * (refresh, 401 replay) is the caller's job; see `request`.
 *
 * @example
 * const body = await sendRequest(context, { path: '/v1.2/auth/sign-in', query: { wallet: 'kdf', externalUserId } })
 */
export async function sendRequest<TSchema extends StandardSchema>(
  context: IbexHttpContext,
  options: SendRequestOptions<TSchema>,
): Promise<SchemaOutput<TSchema>> {
  const method = options.method ?? 'GET'
  const endpoint = `${method} ${options.path.split('?')[0]}`
  const url = buildUrl(context.baseUrl, options.path, options.query)
  const init: RequestInit = {
    method,
    // A followed redirect would carry the headers to wherever `Location` points: browsers strip
    // `Authorization` across origins but not `X-IBEx-Auth`, and Node strips neither reliably.
    // IBEx never redirects its API, so any 3xx is refused (`http/redirect`), same origin or not.
    redirect: 'manual',
    headers: buildHeaders(context, options),
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  }
  const attempts = (options.retry ?? method === 'GET') ? Math.max(1, context.retry.attempts) : 1
  // A loader is a function without `~standard` (some Standard Schema libraries make schemas
  // callable, so being a function does not tell them apart).
  const schema =
    options.schema === undefined || '~standard' in options.schema
      ? options.schema
      : options.schema()
  // Awaited after the response; until then a failed download must not count as unhandled.
  if (schema instanceof Promise) schema.catch(() => undefined)

  for (let attempt = 1; ; attempt++) {
    const response = await fetchOnce(context, url, init, endpoint, options)
    if (response.redirected) throw new IbexHttpError({ status: response.status, endpoint })
    if (response.ok) return parseBody(response, endpoint, await schema)
    const error = httpErrorFromResponse(
      endpoint,
      response.status,
      response.text,
      response.retryAfter,
    )
    const delay = attempt < attempts ? retryDelay(error, attempt, context.retry) : undefined
    if (delay === undefined) throw error
    try {
      await sleep(delay, options.signal)
    } catch (cause) {
      throw new IbexNetworkError({ code: 'network/aborted', endpoint, cause })
    }
  }
}

function buildHeaders(
  context: IbexHttpContext,
  options: SendRequestOptions<StandardSchema>,
): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    // A public call must never carry a token, even one a caller passed by mistake.
    if (!AUTH_HEADERS.has(name.toLowerCase())) headers[name] = value
  }
  headers.Accept = 'application/json'
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  if (context.rpId !== undefined) {
    // IBEx may read either spelling (docs/protocol.md).
    headers['X-RpId'] = context.rpId
    headers['X-Rp-Id'] = context.rpId
  }
  if (options.chainId !== undefined && options.chainId !== false) {
    headers['X-Blockchain-Id'] = String(
      options.chainId === true ? context.chainId : options.chainId,
    )
  }
  if (context.transport === 'proxy') {
    // The proxy injects the token from its HttpOnly cookie; the browser never sends one.
    headers[PROXY_HEADER] = '1'
  } else if (options.bearer !== undefined) {
    headers.Authorization = `Bearer ${options.bearer}`
    if (context.sendIbexAuthHeader) headers['X-IBEx-Auth'] = `Bearer ${options.bearer}`
  }
  return headers
}

async function fetchOnce(
  context: IbexHttpContext,
  url: string,
  init: RequestInit,
  endpoint: string,
  options: SendRequestOptions<StandardSchema>,
): Promise<RawResponse> {
  const { signal } = options
  const controller = new AbortController()
  let timedOut = false
  const onAbort = () => controller.abort(signal?.reason)
  if (signal?.aborted) throw new IbexNetworkError({ code: 'network/aborted', endpoint })
  signal?.addEventListener('abort', onAbort, { once: true })
  const timer = unrefTimer(
    setTimeout(() => {
      timedOut = true
      controller.abort()
    }, options.timeoutMs ?? context.timeoutMs),
  )
  try {
    // The timeout covers reading the body too: a server can stall after the headers.
    const response = await context.fetch(url, { ...init, signal: controller.signal })
    // Browsers answer a `redirect: 'manual'` fetch with an opaque response of status 0; Node
    // (undici) hands back the 3xx itself.
    const redirected =
      response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)
    if (redirected) await response.body?.cancel().catch(() => undefined)
    const text = redirected ? '' : await readCappedText(response, endpoint, controller)
    return {
      status: response.status,
      ok: response.ok,
      redirected,
      text,
      retryAfter: response.headers.get('Retry-After'),
    }
  } catch (cause) {
    if (cause instanceof IbexResponseError) throw cause
    const code = timedOut
      ? 'network/timeout'
      : signal?.aborted
        ? 'network/aborted'
        : 'network/failed'
    throw new IbexNetworkError({ code, endpoint, cause })
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
  }
}

/**
 * The body as text, refused with `response/too-large` (and the connection dropped) as soon as it
 * says or shows it is over {@link MAX_BODY_BYTES}.
 */
async function readCappedText(
  response: Response,
  endpoint: string,
  controller: AbortController,
): Promise<string> {
  const tooLarge = () => {
    controller.abort()
    return new IbexResponseError({ endpoint, tooLargeOver: MAX_BODY_BYTES })
  }
  if (Number(response.headers.get('Content-Length')) > MAX_BODY_BYTES) {
    await response.body?.cancel().catch(() => undefined)
    throw tooLarge()
  }
  if (!response.body) return response.text()
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let received = 0
  let text = ''
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return text + decoder.decode()
    received += value.byteLength
    if (received > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => undefined)
      throw tooLarge()
    }
    text += decoder.decode(value, { stream: true })
  }
}

function parseBody<TSchema extends StandardSchema>(
  response: RawResponse,
  endpoint: string,
  schema: TSchema | undefined,
): SchemaOutput<TSchema> {
  let data: unknown
  if (response.status !== 204 && response.text !== '') {
    try {
      data = JSON.parse(response.text)
    } catch (cause) {
      throw new IbexResponseError({ endpoint, malformedJson: true, cause })
    }
  }
  if (!schema) return data as SchemaOutput<TSchema>
  return parseResponse(schema, data, endpoint)
}

/** Milliseconds to wait before the next attempt, or `undefined` to give up now. */
function retryDelay(
  error: IbexHttpError,
  attempt: number,
  policy: IbexRetryPolicy,
): number | undefined {
  if (error.status !== 429 && error.status !== 503) return undefined
  if (error.retryAfter !== undefined) {
    const wanted = error.retryAfter * 1000
    // Waiting less than the server asked would only earn another 429; let the caller decide.
    return wanted <= policy.maxDelayMs ? wanted : undefined
  }
  // Equal jitter (docs/protocol.md: back off exponentially with jitter, no tight parallel retries).
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1))
  return ceiling / 2 + Math.random() * (ceiling / 2)
}
