import { IbexResponseError } from '../errors/IbexResponseError.ts'
import type { SchemaOutput, StandardSchema } from './StandardSchema.ts'

/**
 * Checks `body` against `schema` and returns its output, or throws the `IbexResponseError` a
 * response of `endpoint` with that shape deserves (the field and the reason). For bodies that do
 * not come straight from `client.request`: sign-in enrichment, WebSocket payloads, sections of
 * `/users/me`.
 *
 * @example
 * const body = parseResponse(aggregatedBalancesSchema, event.data, 'WS balance_data')
 */
export function parseResponse<TSchema extends StandardSchema>(
  schema: TSchema,
  body: unknown,
  endpoint: string,
): SchemaOutput<TSchema> {
  const result = schema['~standard'].validate(body)
  // The kit's schemas are synchronous; an asynchronous one is a programming error here.
  if (result instanceof Promise) throw new TypeError('parseResponse needs a synchronous schema.')
  if (!result.issues) return result.value as SchemaOutput<TSchema>
  const [issue] = result.issues
  const path = issue?.path?.map((segment) =>
    String(typeof segment === 'object' ? segment.key : segment),
  )
  throw new IbexResponseError({
    endpoint,
    field: path?.length ? path.join('.') : undefined,
    reason: issue?.message ?? 'The body does not have the expected shape.',
  })
}
