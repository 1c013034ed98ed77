import { IbexHttpError } from '../errors/IbexHttpError.ts'
import { parseRetryAfter } from './parseRetryAfter.ts'

/**
 * Builds the `IbexHttpError` for a non-2xx answer. IBEx has no documented error envelope
 * (docs/protocol.md): read `message`, `error_code` or `code`, and the 503 maintenance
 * body `{ status: 'maintenance', since, message }`; a body that is not JSON is ignored.
 *
 * @example
 * throw httpErrorFromResponse('GET /v1.2/users/me', 429, '{"message":"slow down"}', '2')
 */
export function httpErrorFromResponse(
  endpoint: string,
  status: number,
  bodyText: string,
  retryAfterHeader: string | null,
): IbexHttpError {
  let body: unknown
  try {
    body = bodyText ? JSON.parse(bodyText) : undefined
  } catch {
    body = undefined
  }
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {}
  const text = (value: unknown) =>
    typeof value === 'string' || typeof value === 'number' ? String(value) : undefined
  return new IbexHttpError({
    status,
    endpoint,
    serverMessage: text(fields.message) ?? text(fields.error),
    serverCode: text(fields.error_code) ?? text(fields.code),
    retryAfter: parseRetryAfter(retryAfterHeader),
    maintenanceSince: fields.status === 'maintenance' ? text(fields.since) : undefined,
  })
}
