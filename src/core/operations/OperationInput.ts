import type { Address } from 'viem'
import type { SwapQuote } from '../schemas/swapQuoteSchema.ts'

/** A transfer of a token (by address) or of the chain's native coin (`'native'`). */
export type TransferInput = {
  kind: 'transfer'
  token: Address | 'native'
  /** The recipient, as typed or pasted. */
  to: string
  /** Human decimal string, e.g. `"12.5"`. */
  amount: string
}

/** Executes a quote of `getSwapQuote` (`useSwapQuote`). */
export type SwapInput = {
  kind: 'swap'
  quote: SwapQuote
  /** Percent, 0 to 50; IBEx's default is 0.5. */
  slippage?: number | undefined
}

/** Supplies a token to Aave (the pool is IBEx's default for it unless named). */
export type AaveSupplyInput = {
  kind: 'aaveSupply'
  token: Address
  amount: string
  poolAddress?: Address | undefined
  /** 0–65535. */
  referralCode?: number | undefined
}

/** Withdraws a token from Aave. */
export type AaveWithdrawInput = {
  kind: 'aaveWithdraw'
  token: Address
  amount: string
  poolAddress?: Address | undefined
}

/** Deposits a token in a Morpho vault (IBEx's default vault for it unless named). */
export type MorphoDepositInput = {
  kind: 'morphoDeposit'
  token: Address
  amount: string
  vaultAddress?: Address | undefined
}

/** Withdraws from a Morpho vault: an amount of the token, or a number of vault shares. */
export type MorphoWithdrawInput = { kind: 'morphoWithdraw' } & (
  | { token: Address; amount: string; vaultAddress?: Address | undefined; shares?: undefined }
  | {
      /** Vault shares, a whole number as a decimal string (`"1000000"`). */
      shares: string
      vaultAddress: Address
      token?: undefined
      amount?: undefined
    }
)

/** Moves the bridge asset (USDC) from the Safe to its Hyperliquid account. */
export type HyperliquidDepositInput = { kind: 'hyperliquidDeposit'; amount: string }

/** Moves funds between the Hyperliquid account and IBEx's Hyperliquid vault. */
export type HyperliquidVaultInput = {
  kind: 'hyperliquidVault'
  action: 'enter' | 'withdraw'
  amount: string
}

/** Withdraws from the Hyperliquid account to a wallet (default: the Safe). */
export type HyperliquidWithdrawInput = {
  kind: 'hyperliquidWithdraw'
  amount: string
  to?: string | undefined
}

/**
 * One operation as the kit takes it: amounts are strings as a person typed them, addresses as
 * pasted; the kit checks them and builds the item IBEx expects (docs/protocol.md).
 *
 * @example
 * const input: OperationInput = { kind: 'transfer', token: 'native', to: '0x…', amount: '0.01' }
 */
export type OperationInput =
  | TransferInput
  | SwapInput
  | AaveSupplyInput
  | AaveWithdrawInput
  | MorphoDepositInput
  | MorphoWithdrawInput
  | HyperliquidDepositInput
  | HyperliquidVaultInput
  | HyperliquidWithdrawInput

/** The `kind` of an {@link OperationInput}. */
export type OperationKind = OperationInput['kind']
