/**
 * A derived address (`useAddGlobalWallets` / `useAddSafeWallets` results): its family (`EVM`,
 * `SOLANA`, `BITCOIN_P2WPKH` …), its index in that family, and the address.
 *
 * @example
 * added.map((wallet) => <li key={wallet.address}>{wallet.family} #{wallet.index}: {wallet.address}</li>)
 */
export type IbexDerivedWallet = { family: string; index: number; address: string }
