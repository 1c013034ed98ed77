import type { IbexDerivedWallet } from '../../parse/IbexDerivedWallet.ts'

/**
 * What a derivation added, and every derived address the scope (global, or one Safe) now has,
 * by family. `limits` are IBEx's, when it sends them (global derivations).
 *
 * @example
 * const evm = result.indexed.EVM ?? []
 */
export type DerivedWalletsResult = {
  added: IbexDerivedWallet[]
  indexed: Record<string, string[]>
  limits:
    | { maxIndexPerFamily: number; maxCountPerRequest: number; supportedFamilies: string[] }
    | undefined
}
