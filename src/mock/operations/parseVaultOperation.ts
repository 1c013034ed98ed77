import { MockHttpError } from '../errors/MockHttpError.ts'
import { requiredAddress } from '../http/bodyFields.ts'
import { findToken, requireToken } from '../wallet/findToken.ts'
import type { MockToken } from '../wallet/MockToken.ts'
import type { MockOperationEffect } from './MockOperationSpec.ts'
import type { OperationContext } from './OperationContext.ts'
import { parseAmount } from './parseAmount.ts'
import { resolveVault } from './resolveVault.ts'

/** `assetTicker` or `tokenAddress` (+ `decimals`, which must match), agreeing when both are sent. */
function assetOf(raw: Record<string, unknown>, chainId: number, at: string): MockToken {
  const byAddress =
    raw.tokenAddress === undefined
      ? undefined
      : requireToken(chainId, raw.tokenAddress, `${at}.tokenAddress`)
  const byTicker =
    typeof raw.assetTicker === 'string' ? findToken(chainId, raw.assetTicker) : undefined
  if (raw.assetTicker !== undefined && !byTicker) {
    throw new MockHttpError(
      'VALIDATION',
      `${at}.assetTicker ${String(raw.assetTicker)} is not a token on chain ${chainId}`,
    )
  }
  if (byAddress && byTicker && byAddress !== byTicker) {
    throw new MockHttpError('VALIDATION', `${at}: assetTicker and tokenAddress disagree`)
  }
  const token = byAddress ?? byTicker
  if (!token)
    throw new MockHttpError('VALIDATION', `${at}: assetTicker or tokenAddress is required`)
  if (raw.decimals !== undefined && raw.decimals !== token.decimals) {
    throw new MockHttpError(
      'VALIDATION',
      `${at}.decimals ${String(raw.decimals)} is not the token's (${token.decimals})`,
    )
  }
  return token
}

/**
 * `AAVE_SUPPLY` / `AAVE_WITHDRAW` (`amount` + asset, `poolAddress?`, `referralCode?`) and
 * `MORPHO_SUPPLY` / `MORPHO_WITHDRAW` (`amount` + asset, `vaultAddress?`; a withdrawal may give
 * `shares` + `vaultAddress` instead). Amounts are human units; shares are 1:1 with the
 * asset's base units in the mock.
 *
 * @example
 * parseVaultOperation({ type: 'AAVE_SUPPLY', assetTicker: 'USD-IBEX', amount: '10' }, 'operations[0]', context)
 */
export function parseVaultOperation(
  raw: Record<string, unknown>,
  at: string,
  context: OperationContext,
): MockOperationEffect {
  const type = String(raw.type)
  const provider = type.startsWith('AAVE') ? 'AAVE' : 'MORPHO'
  const action: 'supply' | 'withdraw' = type.endsWith('SUPPLY') ? 'supply' : 'withdraw'
  const base = { kind: 'vault' as const, action }
  if (provider === 'AAVE' && raw.referralCode !== undefined) {
    const code = raw.referralCode
    if (typeof code !== 'number' || !Number.isInteger(code) || code < 0 || code > 65_535) {
      throw new MockHttpError('VALIDATION', `${at}.referralCode must be an integer 0–65535`)
    }
  }
  if (type === 'MORPHO_WITHDRAW' && raw.shares !== undefined) {
    const vaultAddress = requiredAddress(raw.vaultAddress, `${at}.vaultAddress`)
    const vault = resolveVault('MORPHO', undefined, vaultAddress, at)
    if (vault.chainId !== context.chainId) {
      throw new MockHttpError('VALIDATION', `${at}: vault ${vaultAddress} is on another chain`)
    }
    if (typeof raw.shares !== 'string' || !/^[1-9]\d*$/.test(raw.shares)) {
      throw new MockHttpError('VALIDATION', `${at}.shares must be a positive integer string`)
    }
    return { ...base, vault, amount: BigInt(raw.shares) }
  }
  const asset = assetOf(raw, context.chainId, at)
  const vault = resolveVault(
    provider,
    asset,
    provider === 'AAVE' ? raw.poolAddress : raw.vaultAddress,
    at,
  )
  return { ...base, vault, amount: parseAmount(raw.amount, asset.decimals, `${at}.amount`) }
}
