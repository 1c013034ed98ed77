import { zeroAddress, type Address } from 'viem'
import { IbexValidationError } from '../errors/IbexValidationError.ts'
import { NATIVE_TOKEN_ADDRESS } from './nativeTokenAddress.ts'
import { fieldPath } from './fieldPath.ts'
import type { OperationDraft } from './OperationDraft.ts'
import type { TransferInput } from './OperationInput.ts'
import type { TransferSummary } from './OperationSummary.ts'
import { parseAddressInput } from './parseAddressInput.ts'
import { parseAmountInput } from './parseAmountInput.ts'
import { toBaseUnits } from './toBaseUnits.ts'
import { sameAddress } from '../utils/sameAddress.ts'
import { baseUnitsToDecimal } from '../utils/baseUnitsToDecimal.ts'

const isNativeAddress = (address: Address) =>
  sameAddress(address, zeroAddress) || sameAddress(address, NATIVE_TOKEN_ADDRESS)

function readToken(token: unknown, field: string): Address {
  if (token === 'native') return NATIVE_TOKEN_ADDRESS
  const address = parseAddressInput(token, field)
  return isNativeAddress(address) ? NATIVE_TOKEN_ADDRESS : address
}

/**
 * `TRANSFER_TOKEN` (docs/protocol.md) from a {@link TransferInput}: the token (`'native'` or
 * either native sentinel means the chain's coin), the recipient (not the zero address, the
 * sentinel or the sending Safe: `validation/address-invalid`, `validation/address-self`) and
 * the amount, checked against the token's decimals and the Safe's balance.
 *
 * @example
 * const draft = transferDraft({ kind: 'transfer', token: 'native', to, amount: '0.01' }, '')
 */
export function transferDraft(input: TransferInput, at: string): OperationDraft<TransferSummary> {
  const tokenField = fieldPath(at, 'token')
  const toField = fieldPath(at, 'to')
  const amountField = fieldPath(at, 'amount')
  const token = readToken(input.token, tokenField)
  const to = parseAddressInput(input.to, toField)
  if (isNativeAddress(to)) {
    throw new IbexValidationError({
      code: 'validation/address-invalid',
      field: toField,
      message: `\`${toField}\` must be a recipient, not ${to}.`,
    })
  }
  const amount = parseAmountInput(input.amount, amountField)
  return {
    batchable: true,
    async finish(book, account) {
      if (sameAddress(to, account.safeAddress)) {
        throw new IbexValidationError({
          code: 'validation/address-self',
          field: toField,
          message: 'This is the Safe the funds would leave: choose another recipient.',
        })
      }
      const holding = await book.token(token, tokenField)
      const value = toBaseUnits(amount, holding.decimals, amountField)
      book.spend(holding, value, amountField)
      const canonical = baseUnitsToDecimal(value, holding.decimals)
      return {
        item: {
          type: 'TRANSFER_TOKEN',
          tokenAddress: token,
          to,
          amount: canonical,
          decimals: holding.decimals,
        },
        summary: {
          kind: 'transfer',
          type: 'TRANSFER_TOKEN',
          token,
          native: token === NATIVE_TOKEN_ADDRESS,
          symbol: holding.symbol,
          to,
          amount: canonical,
          value,
          decimals: holding.decimals,
        },
      }
    },
  }
}
