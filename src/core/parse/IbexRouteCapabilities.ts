import type { IbexRouteMode } from './IbexRouteQuote.ts'

/**
 * What IBEx's route engine can do between two chains (`useRouteCapabilities().data`), from
 * `GET /v1.2/safes/routes/capabilities` (docs/protocol.md).
 *
 * @example
 * const canBridge = capabilities.mode === 'CROSS_CHAIN_BRIDGE'
 */
export type IbexRouteCapabilities = {
  /** `UNSUPPORTED` when no route exists between the two chains. */
  mode: IbexRouteMode | 'UNSUPPORTED'
  /** `COWSWAP`, `1INCH`, `BRIDGE` … */
  providers: string[]
}
