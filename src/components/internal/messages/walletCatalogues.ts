/**
 * The catalogues of the wallet components (`BalanceList`, `TransferForm`, `SwapForm`,
 * `TransactionList`, `OperationProgress`), by namespace; spread into `ibexCatalogues`. Kept in
 * their own list so that the auth and wallet namespaces grow without touching the same lines.
 *
 * @example
 * export const walletCatalogues = { balanceList: balanceListMessages }
 */
export const walletCatalogues = {}
