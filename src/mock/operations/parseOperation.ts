import { MockHttpError } from '../errors/MockHttpError.ts'
import type { MockOperationEffect, MockOperationSpec } from './MockOperationSpec.ts'
import type { OperationContext } from './OperationContext.ts'
import { parseHyperliquidOperation } from './parseHyperliquidOperation.ts'
import { parseSwapOperation } from './parseSwapOperation.ts'
import { parseTransferOperation } from './parseTransferOperation.ts'
import { parseVaultOperation } from './parseVaultOperation.ts'

type Parser = (
  raw: Record<string, unknown>,
  at: string,
  context: OperationContext,
) => MockOperationEffect

const parsers: Readonly<Record<string, Parser>> = {
  TRANSFER_TOKEN: parseTransferOperation,
  TRANSFER_EURe: parseTransferOperation,
  SWAP_FROM_QUOTE: parseSwapOperation,
  AAVE_SUPPLY: parseVaultOperation,
  AAVE_WITHDRAW: parseVaultOperation,
  MORPHO_SUPPLY: parseVaultOperation,
  MORPHO_WITHDRAW: parseVaultOperation,
  HYPERLIQUID_DEPOSIT: parseHyperliquidOperation,
  HYPERLIQUID_ENTER_VAULT: parseHyperliquidOperation,
  HYPERLIQUID_WITHDRAW_VAULT: parseHyperliquidOperation,
  HYPERLIQUID_WITHDRAW: parseHyperliquidOperation,
}

/** Types IBEx documents (docs/protocol.md) that the mock refuses with a clear 400. */
const unsupported = new Set([
  'SIGN_MESSAGE',
  'ENABLE_RECOVERY',
  'CANCEL_RECOVERY',
  'ADD_OWNER',
  'REMOVE_OWNER',
  'CHANGE_THRESHOLD',
  'ENABLE_AUTOMATION_MODULE',
  'ROUTE_FROM_QUOTE',
  'MONERIUM_CREATE_IBAN',
  'MONERIUM_WITHDRAW_EURe',
  'BITCOIN_SEND',
])

/**
 * Validates one item of `operations[]` (docs/protocol.md) into a {@link MockOperationSpec}:
 * fields, token, amount within the token's decimals. A documented type the mock does not run is
 * 400 UNSUPPORTED_OPERATION; an unknown type or bad field is 400 VALIDATION.
 *
 * @example
 * parseOperation({ type: 'TRANSFER_TOKEN', tokenAddress, to, amount: '1' }, 0, context)
 */
export function parseOperation(
  raw: unknown,
  index: number,
  context: OperationContext,
): MockOperationSpec {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new MockHttpError('VALIDATION', `operations[${index}] must be an object`)
  }
  const item = raw as Record<string, unknown>
  const type = String(item.type)
  const parse = parsers[type]
  if (parse) return { index, type, data: item, ...parse(item, `operations[${index}]`, context) }
  if (unsupported.has(type)) {
    throw new MockHttpError(
      'UNSUPPORTED_OPERATION',
      `operations[${index}]: ${type} is not supported by the mock`,
    )
  }
  throw new MockHttpError(
    'VALIDATION',
    `operations[${index}].type ${type} is not an operation type`,
  )
}
