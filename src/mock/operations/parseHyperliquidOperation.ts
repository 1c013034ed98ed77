import { MockHttpError } from '../errors/MockHttpError.ts'
import { requiredAddress, requiredObject } from '../http/bodyFields.ts'
import { mockVaults } from '../wallet/vaultCatalog.ts'
import type { HyperliquidAction, MockOperationEffect } from './MockOperationSpec.ts'
import type { OperationContext } from './OperationContext.ts'
import { parseNumberAmount } from './parseNumberAmount.ts'

/** The `hyperliquidData.action` each Hyperliquid operation type carries (docs/protocol.md). */
const hyperliquidActions: Readonly<Record<string, HyperliquidAction>> = {
  HYPERLIQUID_DEPOSIT: 'DEPOSIT',
  HYPERLIQUID_ENTER_VAULT: 'ENTER_VAULT',
  HYPERLIQUID_WITHDRAW_VAULT: 'WITHDRAW',
  HYPERLIQUID_WITHDRAW: 'WITHDRAW_WALLET',
}

/**
 * `HYPERLIQUID_*`: `hyperliquidData: { action, amount: <number>, to? }` with the action of the
 * type (`to` only for WITHDRAW_WALLET), on a chain with the Hyperliquid bridge (421614).
 *
 * @example
 * parseHyperliquidOperation({ type: 'HYPERLIQUID_DEPOSIT', hyperliquidData: { action: 'DEPOSIT', amount: 25 } }, 'operations[0]', context)
 */
export function parseHyperliquidOperation(
  raw: Record<string, unknown>,
  at: string,
  context: OperationContext,
): MockOperationEffect {
  const type = String(raw.type)
  const action = hyperliquidActions[type]
  if (!action) throw new MockHttpError('VALIDATION', `${at}: unknown Hyperliquid type ${type}`)
  const data = requiredObject(raw, 'hyperliquidData')
  if (data.action !== action) {
    throw new MockHttpError('VALIDATION', `${at}.hyperliquidData.action must be "${action}"`)
  }
  const vault = mockVaults.find(
    (candidate) => candidate.provider === 'HYPERLIQUID' && candidate.chainId === context.chainId,
  )
  if (!vault) {
    throw new MockHttpError(
      'VALIDATION',
      `${at}: Hyperliquid is not bridged on chain ${context.chainId}`,
    )
  }
  const amount = parseNumberAmount(
    data.amount,
    vault.asset.decimals,
    `${at}.hyperliquidData.amount`,
  )
  const to =
    action === 'WITHDRAW_WALLET' ? requiredAddress(data.to, `${at}.hyperliquidData.to`) : undefined
  return {
    kind: 'hyperliquid',
    action,
    vault,
    amount,
    ...(to ? { to } : {}),
  }
}
