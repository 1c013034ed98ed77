import type { Hex } from 'viem'
import type { IbexRouteMode } from './IbexRouteQuote.ts'

/** IBEx's route lifecycle (docs/protocol.md). */
export type IbexRouteStage =
  | 'CREATED'
  | 'SOURCE_PREPARED'
  | 'SOURCE_SUBMITTED'
  | 'SOURCE_CONFIRMED'
  | 'DEST_PENDING'
  | 'DEST_COMPLETED'
  | 'FAILED'
  | (string & {})

/**
 * Where a route stands (`useRouteStatus().data`), from `GET /v1.2/safes/routes/:routeId/status`:
 * `status` is IBEx's stage; `state` folds it into `pending` / `completed` / `failed`.
 *
 * @example
 * {route.state === 'completed' && <p>Arrived on chain {quote.destinationChainId}</p>}
 */
export type IbexRouteStatus = {
  routeId: string
  status: IbexRouteStage
  state: 'pending' | 'completed' | 'failed'
  mode: IbexRouteMode | undefined
  /** The source leg's operation, once prepared. */
  sourceUserOpHash: Hex | undefined
  transactionHash: Hex | undefined
}
