import { formatUnits, type Address } from 'viem'
import { IbexValidationError } from '../errors/IbexValidationError.ts'
import { fieldPath } from './fieldPath.ts'
import type { OperationDraft } from './OperationDraft.ts'
import type {
  HyperliquidDepositInput,
  HyperliquidVaultInput,
  HyperliquidWithdrawInput,
} from './OperationInput.ts'
import type { HyperliquidAction, HyperliquidOperation } from './OperationItem.ts'
import type { HyperliquidSummary } from './OperationSummary.ts'
import { parseAddressInput } from './parseAddressInput.ts'
import { parseAmountInput } from './parseAmountInput.ts'
import { toBaseUnits } from './toBaseUnits.ts'

type HyperliquidInput = HyperliquidDepositInput | HyperliquidVaultInput | HyperliquidWithdrawInput

function typeOf(
  input: HyperliquidInput,
  at: string,
): [HyperliquidOperation['type'], HyperliquidAction] {
  switch (input.kind) {
    case 'hyperliquidDeposit':
      return ['HYPERLIQUID_DEPOSIT', 'DEPOSIT']
    case 'hyperliquidWithdraw':
      return ['HYPERLIQUID_WITHDRAW', 'WITHDRAW_WALLET']
    case 'hyperliquidVault':
      if (input.action === 'enter') return ['HYPERLIQUID_ENTER_VAULT', 'ENTER_VAULT']
      if (input.action === 'withdraw') return ['HYPERLIQUID_WITHDRAW_VAULT', 'WITHDRAW']
      throw new IbexValidationError({
        code: 'validation/action-invalid',
        field: fieldPath(at, 'action'),
        message: "`action` must be 'enter' or 'withdraw'.",
      })
  }
}

/**
 * `HYPERLIQUID_*` (docs/protocol.md): the amount is typed as a string like every amount, checked
 * against the bridge asset's decimals, and sent as the JSON number IBEx wants; one that a number
 * cannot carry exactly is `validation/amount-too-precise`. A deposit is checked against the
 * Safe's balance of the asset; a withdrawal goes to `to` (default: the Safe). Never in a batch.
 *
 * @example
 * const draft = hyperliquidDraft({ kind: 'hyperliquidDeposit', amount: '25' }, '')
 */
export function hyperliquidDraft(
  input: HyperliquidInput,
  at: string,
): OperationDraft<HyperliquidSummary> {
  const amountField = fieldPath(at, 'amount')
  const [type, action] = typeOf(input, at)
  const amount = parseAmountInput(input.amount, amountField)
  const to: Address | undefined =
    input.kind === 'hyperliquidWithdraw' && input.to !== undefined
      ? parseAddressInput(input.to, fieldPath(at, 'to'))
      : undefined
  return {
    batchable: false,
    async finish(book, account) {
      const asset = await book.hyperliquidAsset(fieldPath(at, 'chainId'))
      const value = toBaseUnits(amount, asset.decimals, amountField)
      const canonical = formatUnits(value, asset.decimals)
      const number = Number(canonical)
      if (String(number) !== canonical) {
        throw new IbexValidationError({
          code: 'validation/amount-too-precise',
          field: amountField,
          message: `\`${amountField}\` has too many digits to be sent as a number: round it.`,
        })
      }
      if (action === 'DEPOSIT') {
        book.spend(await book.token(asset.address, amountField), value, amountField)
      }
      const recipient = action === 'WITHDRAW_WALLET' ? (to ?? account.safeAddress) : undefined
      return {
        item: {
          type,
          hyperliquidData: { action, amount: number, ...(recipient ? { to: recipient } : {}) },
        },
        summary: {
          kind: input.kind,
          type,
          action,
          asset: asset.address,
          amount: canonical,
          value,
          decimals: asset.decimals,
          to: recipient,
        },
      }
    },
  }
}
