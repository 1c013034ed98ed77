import type { Address } from 'viem'
import type { MockToken } from '../wallet/MockToken.ts'
import type { MockVault } from '../wallet/vaultCatalog.ts'
import type { MockQuote } from './MockQuote.ts'

/** The Hyperliquid `hyperliquidData.action` values (docs/protocol.md). */
export type HyperliquidAction = 'DEPOSIT' | 'ENTER_VAULT' | 'WITHDRAW' | 'WITHDRAW_WALLET'

/**
 * What an operation does, as the mock resolved its fields. Amounts are base units of the token
 * (or of the vault asset).
 */
export type MockOperationEffect =
  | { kind: 'transfer'; token: MockToken; to: Address; amount: bigint }
  | { kind: 'swap'; quote: MockQuote }
  | { kind: 'vault'; action: 'supply' | 'withdraw'; vault: MockVault; amount: bigint }
  | {
      kind: 'hyperliquid'
      action: HyperliquidAction
      vault: MockVault
      amount: bigint
      to?: Address
    }

/**
 * One validated item of `operations[]`: its index, documented `type`, the fields as sent
 * (`data`, shown by `/users/me/operations`) and its {@link MockOperationEffect}.
 */
export type MockOperationSpec = {
  index: number
  type: string
  data: Record<string, unknown>
} & MockOperationEffect
