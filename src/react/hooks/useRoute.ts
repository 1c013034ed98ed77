'use client'
import type { OperationMutationData } from '../../query/operationMutationOptions.ts'
import { operationMutationOptions } from '../../query/operationMutationOptions.ts'
import type { OperationVariables } from '../../query/OperationVariables.ts'
import type {
  OperationMutationResult,
  UseOperationMutationParameters,
} from '../internal/operationMutationKind.ts'
import { useOperationMutation } from '../internal/useOperationMutation.ts'

/** What `mutate` of {@link useRoute} takes (plus the signer's inputs). */
export type RouteVariables = OperationVariables<'route'>

/** What {@link useRoute} resolves with: the outcome and `operation`. */
export type RouteData = OperationMutationData<'route'>

/** Parameters of {@link useRoute}: `tracking`, `lookups`, and TanStack's `mutation` options. */
export type UseRouteParameters = UseOperationMutationParameters<RouteData, RouteVariables>

/** Return type of {@link useRoute}: TanStack's mutation result plus `stage` and `cancel`. */
export type UseRouteReturnType = OperationMutationResult<RouteData, RouteVariables>

/**
 * Executes a route quote of `useRouteQuote` (`ROUTE_FROM_QUOTE`) on its source chain: a swap, or
 * a bridge to another chain. An expired quote is refused before any request
 * (`validation/quote-expired`). Confirmed means the source leg is done; follow the destination
 * leg with `useRouteStatus(quote.routeId)` until `DEST_COMPLETED`.
 * One run: checks → prepare → the session's signer (passkey prompt; `pin`, `passphrase` (+
 * `emailCode`) or `signer` for the other sign-in methods, used once and never cached) → execute
 * → tracked until confirmed; `stage` follows it. Never retried; a second submit while one runs
 * is refused.
 *
 * @example
 * const { data: quote } = useRouteQuote({ sellToken: eur, buyToken: eure, amount: '10', destinationChainId: 100 })
 * const { mutate: route } = useRoute()
 * const { data: status } = useRouteStatus(quote?.routeId)
 * <button type="button" disabled={!quote} onClick={() => quote && route({ quote })}>Send to Gnosis</button>
 */
export function useRoute(parameters: UseRouteParameters = {}): UseRouteReturnType {
  return useOperationMutation('useRoute', parameters, (client, options) =>
    operationMutationOptions(client, 'route', options),
  )
}
