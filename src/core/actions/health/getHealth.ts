import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { healthSchema } from '../../schemas/healthSchema.ts'

/** IBEx's liveness answer: `status` is `"ok"` when it is up; `timestamp` is its clock (ISO). */
export type GetHealthReturnType = { status: string; timestamp: string | undefined }

/**
 * `GET /health` (docs/protocol.md): the public liveness probe, no session needed. It may still
 * answer 200 while the rest of IBEx is in maintenance (503), so it tells "reachable", not
 * "usable".
 *
 * @example
 * const { status } = await getHealth(client) // 'ok'
 */
export async function getHealth(
  client: IbexClient,
  options: IbexActionOptions = {},
): Promise<GetHealthReturnType> {
  const body = await client.request({
    path: '/health',
    auth: false,
    schema: healthSchema,
    signal: options.signal,
  })
  return { status: body.status, timestamp: body.timestamp }
}
