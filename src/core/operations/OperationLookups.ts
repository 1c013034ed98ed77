import { getBalances, type GetBalancesParameters } from '../actions/data/getBalances.ts'
import { getVaults, type GetVaultsParameters } from '../actions/data/getVaults.ts'
import type { IbexActionOptions } from '../client/IbexActionOptions.ts'
import type { IbexClient } from '../client/IbexClient.ts'
import type { IbexBalances } from '../parse/IbexBalances.ts'
import type { IbexVault } from '../parse/IbexVault.ts'

/**
 * Where an operation reads what it checks amounts against, before anything is prepared: the
 * Safe's balances (asked with `chainId`, `wallet`, `includeZero`) and the Hyperliquid vault of
 * the chain (for its asset). Both take the shape of the data actions, so a cache can stand in.
 *
 * @example
 * const lookups: OperationLookups = {
 *   ...defaultOperationLookups,
 *   balances: async () => queryClient.getQueryData(balancesKey) ?? getBalances(client, params),
 * }
 */
export type OperationLookups = {
  balances(
    client: IbexClient,
    parameters: GetBalancesParameters,
    options: IbexActionOptions,
  ): Promise<IbexBalances>
  vaults(
    client: IbexClient,
    parameters: GetVaultsParameters,
    options: IbexActionOptions,
  ): Promise<IbexVault[]>
}

/**
 * The lookups the kit uses unless told otherwise: the data actions `getBalances` and
 * `getVaults`.
 *
 * @example
 * await runOperation(client, input, { lookups: defaultOperationLookups })
 */
export const defaultOperationLookups: OperationLookups = {
  balances: getBalances,
  vaults: getVaults,
}
