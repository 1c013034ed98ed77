import * as v from 'valibot'
import { IbexResponseError } from '../errors/IbexResponseError.ts'

/**
 * Checks `body` against `schema` and returns its output, or throws the `IbexResponseError` a
 * response of `endpoint` with that shape deserves (the field and the reason). For bodies that do
 * not come straight from `client.request`: sign-in enrichment, WebSocket payloads, sections of
 * `/users/me`.
 *
 * @example
 * const body = parseResponse(aggregatedBalancesSchema, event.data, 'WS balance_data')
 */
export function parseResponse<TSchema extends v.GenericSchema>(
  schema: TSchema,
  body: unknown,
  endpoint: string,
): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, body)
  if (result.success) return result.output
  const [issue] = result.issues
  throw new IbexResponseError({
    endpoint,
    field: v.getDotPath(issue) ?? undefined,
    reason: issue.message,
  })
}
