import * as v from 'valibot'
import type { IbexRouteStatus } from '../parse/IbexRouteStatus.ts'
import { hexHashSchema } from './hexHashSchema.ts'
import { lenient } from './lenient.ts'

function stateOf(status: string): IbexRouteStatus['state'] {
  if (status === 'DEST_COMPLETED') return 'completed'
  if (status === 'FAILED') return 'failed'
  return 'pending'
}

/**
 * The body of `GET /v1.2/safes/routes/:routeId/status` (docs/protocol.md): `routeId` and
 * `status` are required; `state` folds the stage into `pending` / `completed` / `failed`.
 *
 * @example
 * const { state } = v.parse(routeStatusSchema, json)
 */
export const routeStatusSchema = v.pipe(
  v.looseObject({
    routeId: v.pipe(v.union([v.string(), v.number()]), v.transform(String)),
    status: v.string(),
    mode: lenient(v.string()),
    sourceUserOpHash: lenient(hexHashSchema),
    transactionHash: lenient(hexHashSchema),
  }),
  v.transform((body): IbexRouteStatus => ({
    routeId: body.routeId,
    status: body.status,
    state: stateOf(body.status),
    mode: body.mode ?? undefined,
    sourceUserOpHash: body.sourceUserOpHash ?? undefined,
    transactionHash: body.transactionHash ?? undefined,
  })),
)
