import { MockHttpError } from '../errors/MockHttpError.ts'
import type { LedgerDraft } from '../wallet/LedgerDraft.ts'
import { hyperliquidWalletSlot, vaultSlot } from '../wallet/positionSlots.ts'
import { hyperliquidBridgeAddress, swapSettlementAddress } from '../wallet/systemAddresses.ts'
import type { MockOperationSpec } from './MockOperationSpec.ts'
import type { OperationContext } from './OperationContext.ts'

/**
 * Plays one operation on a ledger draft: transfers move funds (to another user's Safe, or out
 * of the mock); a swap sends the sell amount to the CoW settlement and receives the quoted buy
 * amount; Aave/Morpho supplies move the asset to the vault and grow the position (withdrawals
 * the reverse); Hyperliquid moves funds over the bridge into the Safe's Hyperliquid account and
 * between that account and the vault. Throws 400 INSUFFICIENT_BALANCE / INSUFFICIENT_POSITION.
 *
 * @example
 * planOperation(draft, spec, { view, chainId: 421614, safe })
 */
export function planOperation(
  draft: LedgerDraft,
  spec: MockOperationSpec,
  context: Pick<OperationContext, 'chainId' | 'safe'>,
): void {
  const { safe, chainId } = context
  const what = `operations[${spec.index}] (${spec.type})`
  switch (spec.kind) {
    // Moves nothing: the Safe records the message once the operation confirms (executeIntent).
    case 'signMessage':
      return
    case 'transfer':
      draft.move({ token: spec.token, from: safe, to: spec.to, amount: spec.amount }, what)
      return
    case 'swap': {
      const { quote } = spec
      if (quote.used) throw new MockHttpError('VALIDATION', `${what}: the quote was already used`)
      draft.move(
        { token: quote.sellToken, from: safe, to: swapSettlementAddress, amount: quote.sellAmount },
        what,
      )
      draft.move(
        { token: quote.buyToken, from: swapSettlementAddress, to: safe, amount: quote.buyAmount },
        what,
      )
      draft.afterCommit(() => {
        quote.used = true
      })
      return
    }
    case 'vault': {
      const { vault, amount } = spec
      const target = { chainId, safe, slot: vaultSlot(vault), vaultId: vault.id }
      if (spec.action === 'supply') {
        draft.move({ token: vault.asset, from: safe, to: vault.address, amount }, what)
        draft.adjustPosition(target, amount, what)
      } else {
        draft.adjustPosition(target, -amount, what)
        draft.move({ token: vault.asset, from: vault.address, to: safe, amount }, what)
      }
      return
    }
    case 'hyperliquid': {
      const { vault, amount } = spec
      const account = { chainId, safe, slot: hyperliquidWalletSlot, vaultId: vault.id }
      const share = { chainId, safe, slot: vaultSlot(vault), vaultId: vault.id }
      const bridge = hyperliquidBridgeAddress
      switch (spec.action) {
        case 'DEPOSIT':
          draft.move({ token: vault.asset, from: safe, to: bridge, amount }, what)
          draft.adjustPosition(account, amount, what)
          return
        case 'ENTER_VAULT':
          draft.adjustPosition(account, -amount, what)
          draft.adjustPosition(share, amount, what)
          return
        case 'WITHDRAW':
          draft.adjustPosition(share, -amount, what)
          draft.adjustPosition(account, amount, what)
          return
        case 'WITHDRAW_WALLET':
          draft.adjustPosition(account, -amount, what)
          draft.move({ token: vault.asset, from: bridge, to: spec.to ?? safe, amount }, what)
          return
      }
    }
  }
}
