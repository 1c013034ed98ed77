import { zeroAddress } from 'viem'
import { MockHttpError } from '../errors/MockHttpError.ts'
import { requiredAddress } from '../http/bodyFields.ts'
import { requireToken } from '../wallet/findToken.ts'
import { mockTokens, nativeTokenAddress } from '../wallet/tokenCatalog.ts'
import type { MockOperationEffect } from './MockOperationSpec.ts'
import type { OperationContext } from './OperationContext.ts'
import { parseAmount } from './parseAmount.ts'

/**
 * `TRANSFER_TOKEN` (`tokenAddress`, the native sentinels included, `to`, `amount`,
 * `decimals?` which must match the token's) and the legacy `TRANSFER_EURe` (`to` or `receiver`,
 * `amount`; the chain's EUR stablecoin).
 *
 * @example
 * parseTransferOperation({ type: 'TRANSFER_TOKEN', tokenAddress, to, amount: '1.5' }, 'operations[0]', context)
 */
export function parseTransferOperation(
  raw: Record<string, unknown>,
  at: string,
  context: OperationContext,
): MockOperationEffect {
  const token =
    raw.type === 'TRANSFER_EURe'
      ? mockTokens.find(
          (candidate) =>
            candidate.chainId === context.chainId && candidate.type === 'STABLECOIN_EUR',
        )
      : requireToken(context.chainId, raw.tokenAddress, `${at}.tokenAddress`)
  if (!token) {
    throw new MockHttpError('VALIDATION', `${at}: no EUR token on chain ${context.chainId}`)
  }
  if (raw.decimals !== undefined && raw.decimals !== token.decimals) {
    throw new MockHttpError(
      'VALIDATION',
      `${at}.decimals ${String(raw.decimals)} is not the token's (${token.decimals})`,
    )
  }
  const to = requiredAddress(raw.to ?? raw.receiver, `${at}.to`)
  if (to === zeroAddress || to === nativeTokenAddress) {
    throw new MockHttpError('VALIDATION', `${at}.to must be a recipient, not ${to}`)
  }
  return {
    kind: 'transfer',
    token,
    to,
    amount: parseAmount(raw.amount, token.decimals, `${at}.amount`),
  }
}
