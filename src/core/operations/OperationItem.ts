import type { Address, Hex } from 'viem'

/** `TRANSFER_TOKEN` (docs/protocol.md): an ERC-20 transfer, or the native coin by sentinel. */
export type TransferTokenOperation = {
  type: 'TRANSFER_TOKEN'
  tokenAddress: Address
  to: Address
  /** Human decimal string, e.g. `"1.23"`. */
  amount: string
  decimals?: number | undefined
}

/** `SWAP_FROM_QUOTE`: executes a quote of `GET /safes/swap/quote`. */
export type SwapFromQuoteOperation = {
  type: 'SWAP_FROM_QUOTE'
  quoteId: string
  orderUid?: Hex | undefined
  /** Percent, default 0.5 on IBEx's side. */
  slippage?: number | undefined
}

/** `AAVE_SUPPLY` / `AAVE_WITHDRAW`: an asset by ticker or address (+ decimals). */
export type AaveOperation = {
  type: 'AAVE_SUPPLY' | 'AAVE_WITHDRAW'
  amount: string
  tokenAddress?: Address | undefined
  decimals?: number | undefined
  assetTicker?: string | undefined
  poolAddress?: Address | undefined
  /** 0–65535, supply only. */
  referralCode?: number | undefined
}

/** `MORPHO_SUPPLY` / `MORPHO_WITHDRAW`: an amount of the asset, or (withdraw) vault shares. */
export type MorphoOperation = {
  type: 'MORPHO_SUPPLY' | 'MORPHO_WITHDRAW'
  amount?: string | undefined
  /** Withdraw only: a bigint as a decimal string, with `vaultAddress`. */
  shares?: string | undefined
  tokenAddress?: Address | undefined
  decimals?: number | undefined
  assetTicker?: string | undefined
  vaultAddress?: Address | undefined
}

/** The `hyperliquidData.action` of each Hyperliquid operation type. */
export type HyperliquidAction = 'DEPOSIT' | 'ENTER_VAULT' | 'WITHDRAW' | 'WITHDRAW_WALLET'

/** `HYPERLIQUID_*`: amounts are JSON numbers here (docs/protocol.md). Never in a batch. */
export type HyperliquidOperation = {
  type:
    | 'HYPERLIQUID_DEPOSIT'
    | 'HYPERLIQUID_ENTER_VAULT'
    | 'HYPERLIQUID_WITHDRAW_VAULT'
    | 'HYPERLIQUID_WITHDRAW'
  hyperliquidData: { action: HyperliquidAction; amount: number; to?: Address | undefined }
}

/** Any other documented type (`SIGN_MESSAGE`, `ENABLE_RECOVERY`, …), sent as given. */
export type OtherOperation = { type: string; [field: string]: unknown }

/**
 * One item of `operations[]` in `POST /v1.2/safes/operations` or `batch-intent`, as IBEx takes
 * it (docs/protocol.md). The kit's builders (`transferOperation`, …) validate and make these.
 *
 * @example
 * const item: OperationItem = { type: 'TRANSFER_TOKEN', tokenAddress, to, amount: '1.5' }
 */
export type OperationItem =
  | TransferTokenOperation
  | SwapFromQuoteOperation
  | AaveOperation
  | MorphoOperation
  | HyperliquidOperation
  | OtherOperation
