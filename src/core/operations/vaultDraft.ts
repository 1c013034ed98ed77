import { formatUnits, type Address } from 'viem'
import { IbexValidationError } from '../errors/IbexValidationError.ts'
import { fieldPath } from './fieldPath.ts'
import type { OperationDraft } from './OperationDraft.ts'
import type {
  AaveSupplyInput,
  AaveWithdrawInput,
  MorphoDepositInput,
  MorphoWithdrawInput,
} from './OperationInput.ts'
import type { VaultSummary } from './OperationSummary.ts'
import { parseAddressInput } from './parseAddressInput.ts'
import { parseAmountInput } from './parseAmountInput.ts'
import { toBaseUnits } from './toBaseUnits.ts'

type VaultInput = AaveSupplyInput | AaveWithdrawInput | MorphoDepositInput | MorphoWithdrawInput

const TYPES = {
  aaveSupply: 'AAVE_SUPPLY',
  aaveWithdraw: 'AAVE_WITHDRAW',
  morphoDeposit: 'MORPHO_SUPPLY',
  morphoWithdraw: 'MORPHO_WITHDRAW',
} as const

function readOptionalAddress(value: unknown, field: string): Address | undefined {
  return value === undefined ? undefined : parseAddressInput(value, field)
}

function readReferralCode(input: VaultInput, field: string): number | undefined {
  const code = input.kind === 'aaveSupply' ? input.referralCode : undefined
  if (code === undefined) return undefined
  if (!Number.isInteger(code) || code < 0 || code > 65_535) {
    throw new IbexValidationError({
      code: 'validation/referral-code-invalid',
      field,
      message: `\`${field}\` must be a whole number from 0 to 65535.`,
    })
  }
  return code
}

function sharesDraft(input: MorphoWithdrawInput, at: string): OperationDraft<VaultSummary> {
  const sharesField = fieldPath(at, 'shares')
  if (typeof input.shares !== 'string' || !/^[1-9]\d*$/.test(input.shares.trim())) {
    throw new IbexValidationError({
      code: 'validation/shares-invalid',
      field: sharesField,
      message: `\`${sharesField}\` must be a whole number of vault shares greater than 0, as a string.`,
    })
  }
  const shares = BigInt(input.shares.trim())
  const vaultAddress = parseAddressInput(input.vaultAddress, fieldPath(at, 'vaultAddress'))
  return {
    batchable: true,
    async finish() {
      return {
        item: { type: 'MORPHO_WITHDRAW', shares: shares.toString(), vaultAddress },
        summary: {
          kind: 'morphoWithdraw',
          type: 'MORPHO_WITHDRAW',
          token: undefined,
          symbol: undefined,
          amount: undefined,
          value: undefined,
          decimals: undefined,
          shares,
          vaultAddress,
        },
      }
    },
  }
}

/**
 * `AAVE_SUPPLY` / `AAVE_WITHDRAW` / `MORPHO_SUPPLY` / `MORPHO_WITHDRAW` (docs/protocol.md):
 * the asset by address (sent with its decimals), a human amount checked against the decimals
 * (and, for a supply, against the balance; a withdrawal beyond the position is IBEx's refusal,
 * `validation/amount-exceeds-position`), the pool or vault when named, Aave's `referralCode`;
 * or a Morpho withdrawal of `shares` from a named vault.
 *
 * @example
 * const draft = vaultDraft({ kind: 'aaveSupply', token, amount: '25' }, '')
 */
export function vaultDraft(input: VaultInput, at: string): OperationDraft<VaultSummary> {
  if (input.kind === 'morphoWithdraw' && input.shares !== undefined) return sharesDraft(input, at)
  const type = TYPES[input.kind]
  const tokenField = fieldPath(at, 'token')
  const amountField = fieldPath(at, 'amount')
  const aave = input.kind === 'aaveSupply' || input.kind === 'aaveWithdraw'
  const vaultKey = aave ? 'poolAddress' : 'vaultAddress'
  const token = parseAddressInput(input.token, tokenField)
  const amount = parseAmountInput(input.amount, amountField)
  const vaultAddress = readOptionalAddress(
    aave ? input.poolAddress : input.vaultAddress,
    fieldPath(at, vaultKey),
  )
  const referralCode = readReferralCode(input, fieldPath(at, 'referralCode'))
  const supplies = input.kind === 'aaveSupply' || input.kind === 'morphoDeposit'
  return {
    batchable: true,
    async finish(book) {
      const holding = await book.token(token, tokenField)
      const value = toBaseUnits(amount, holding.decimals, amountField)
      if (supplies) book.spend(holding, value, amountField)
      const canonical = formatUnits(value, holding.decimals)
      return {
        item: {
          type,
          amount: canonical,
          tokenAddress: token,
          decimals: holding.decimals,
          ...(vaultAddress ? { [vaultKey]: vaultAddress } : {}),
          ...(referralCode === undefined ? {} : { referralCode }),
        },
        summary: {
          kind: input.kind,
          type,
          token,
          symbol: holding.symbol,
          amount: canonical,
          value,
          decimals: holding.decimals,
          shares: undefined,
          vaultAddress,
        },
      }
    },
  }
}
