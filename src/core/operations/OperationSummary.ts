import type { Address, Hex } from 'viem'
import type { HyperliquidAction } from './OperationItem.ts'
import type { OperationKind } from './OperationInput.ts'

/** What a transfer sent: `amount` as a normalised string, `value` in base units. */
export type TransferSummary = {
  kind: 'transfer'
  type: 'TRANSFER_TOKEN'
  /** The token, or the native sentinel `0xEeee…EEeE`. */
  token: Address
  native: boolean
  symbol: string | undefined
  to: Address
  amount: string
  value: bigint
  decimals: number
}

/** What a swap sold and bought, at the quoted amounts. */
export type SwapSummary = {
  kind: 'swap'
  type: 'SWAP_FROM_QUOTE'
  quoteId: string
  provider: string
  sellToken: Address
  sellAmount: string
  sellValue: bigint
  buyToken: Address
  buyAmount: string
  buyValue: bigint
  slippage: number | undefined
}

/** An Aave or Morpho supply or withdrawal, by amount (or, Morpho withdraw, by `shares`). */
export type VaultSummary = {
  kind: 'aaveSupply' | 'aaveWithdraw' | 'morphoDeposit' | 'morphoWithdraw'
  type: 'AAVE_SUPPLY' | 'AAVE_WITHDRAW' | 'MORPHO_SUPPLY' | 'MORPHO_WITHDRAW'
  token: Address | undefined
  symbol: string | undefined
  amount: string | undefined
  value: bigint | undefined
  decimals: number | undefined
  shares: bigint | undefined
  /** The pool (Aave) or vault (Morpho) named, if any; else IBEx picks its default. */
  vaultAddress: Address | undefined
}

/** A Hyperliquid move, in the bridge asset. */
export type HyperliquidSummary = {
  kind: 'hyperliquidDeposit' | 'hyperliquidVault' | 'hyperliquidWithdraw'
  type:
    | 'HYPERLIQUID_DEPOSIT'
    | 'HYPERLIQUID_ENTER_VAULT'
    | 'HYPERLIQUID_WITHDRAW_VAULT'
    | 'HYPERLIQUID_WITHDRAW'
  action: HyperliquidAction
  asset: Address
  amount: string
  value: bigint
  decimals: number
  to: Address | undefined
}

/**
 * A message the Safe signed. `messageHash` is its EIP-191 hash, the one ERC-1271
 * `isValidSignature` takes; `signature` is what to pass with it (see `signSafeMessage`).
 */
export type SignMessageSummary = {
  kind: 'signMessage'
  type: 'SIGN_MESSAGE'
  message: string
  messageHash: Hex
  signature: Hex
}

/**
 * What one operation of a run did, as checked and sent: amounts as normalised strings and as
 * bigint base units.
 *
 * @example
 * if (summary.kind === 'transfer') toast(`Sent ${summary.amount} to ${summary.to}`)
 */
export type OperationSummary =
  TransferSummary | SwapSummary | VaultSummary | HyperliquidSummary | SignMessageSummary

/** The summary type of an operation kind. */
export type OperationSummaryOf<K extends OperationKind> = Extract<OperationSummary, { kind: K }>
