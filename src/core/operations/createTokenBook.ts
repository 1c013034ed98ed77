import { zeroAddress, type Address } from 'viem'
import { IbexValidationError } from '../errors/IbexValidationError.ts'
import type { IbexBalances } from '../parse/IbexBalances.ts'
import { NATIVE_TOKEN_ADDRESS } from './nativeTokenAddress.ts'
import type { OperationAccount } from './OperationAccount.ts'
import type { OperationLookups } from './OperationLookups.ts'
import type { TokenHolding } from './TokenHolding.ts'
import { decimalToBaseUnits } from '../utils/decimalToBaseUnits.ts'
import { sameAddress } from '../utils/sameAddress.ts'
import { baseUnitsToDecimal } from '../utils/baseUnitsToDecimal.ts'

/**
 * The tokens one operation run works with: looked up once (lazily, so inputs are checked before
 * any request), and the amounts the run spends, summed per token and checked together.
 */
export type TokenBook = {
  /** The Safe's token at `address`, else `validation/token-unknown` on `field`. */
  token(address: Address, field: string): Promise<TokenHolding>
  /** The asset of the chain's Hyperliquid bridge, else `validation/chain-unsupported`. */
  hyperliquidAsset(field: string): Promise<{ address: Address; decimals: number }>
  /** Records that the run takes `value` base units of `holding` out of the Safe. */
  spend(holding: TokenHolding, value: bigint, field: string): void
  /** `validation/amount-exceeds-balance` on the field of the spend that went over. */
  assertAffordable(): void
}

function holdingsOf(balances: IbexBalances, account: OperationAccount): TokenHolding[] {
  const wallet = balances.wallets.find(
    (candidate) =>
      candidate.chainId === account.chainId && sameAddress(candidate.wallet, account.safeAddress),
  )
  return (wallet?.tokens ?? []).map((token) => {
    const native =
      token.type === 'NATIVE' ||
      sameAddress(token.address, NATIVE_TOKEN_ADDRESS) ||
      sameAddress(token.address, zeroAddress)
    return {
      addresses: native ? [token.address, NATIVE_TOKEN_ADDRESS, zeroAddress] : [token.address],
      symbol: token.symbol,
      decimals: token.decimals,
      balance: decimalToBaseUnits(token.balance, token.decimals),
      native,
    }
  })
}

/**
 * A {@link TokenBook} over `lookups` for the account's Safe and chain: one balances request
 * (zero balances included, no prices) and at most one vaults request per run.
 *
 * @example
 * const book = createTokenBook(account, defaultOperationLookups, signal)
 * const eur = await book.token(tokenAddress, 'token')
 */
export function createTokenBook(
  account: OperationAccount,
  lookups: OperationLookups,
  signal: AbortSignal | undefined,
): TokenBook {
  const { client, chainId, safeAddress } = account
  let holdings: Promise<TokenHolding[]> | undefined
  let asset: Promise<{ address: Address; decimals: number } | undefined> | undefined
  const spends = new Map<TokenHolding, { total: bigint; field: string }>()
  const parameters = { chainId, wallet: safeAddress, includeZero: true, includePrices: false }
  const load = () =>
    (holdings ??= lookups
      .balances(client, parameters, { signal })
      .then((balances) => holdingsOf(balances, account)))
  const loadAsset = () =>
    (asset ??= lookups
      .vaults(client, { provider: 'HYPERLIQUID', chainId }, { signal })
      .then((vaults) => {
        const candidates = vaults.filter(
          (vault) => vault.provider === 'HYPERLIQUID' && vault.chainId === chainId,
        )
        const { address, decimals } =
          (candidates.find((vault) => vault.isDefault) ?? candidates[0])?.asset ?? {}
        return address && decimals !== undefined ? { address, decimals } : undefined
      }))

  return {
    async token(address, field) {
      const found = (await load()).find((holding) =>
        holding.addresses.some((candidate) => sameAddress(candidate, address)),
      )
      if (!found) {
        throw new IbexValidationError({
          code: 'validation/token-unknown',
          field,
          message: `IBEx lists no token ${address} on chain ${chainId} for this Safe.`,
        })
      }
      return found
    },
    async hyperliquidAsset(field) {
      const found = await loadAsset()
      if (!found) {
        throw new IbexValidationError({
          code: 'validation/chain-unsupported',
          field,
          message: `Hyperliquid is not bridged on chain ${chainId}.`,
        })
      }
      return found
    },
    spend(holding, value, field) {
      const previous = spends.get(holding)?.total ?? 0n
      spends.set(holding, { total: previous + value, field })
    },
    assertAffordable() {
      for (const [holding, { total, field }] of spends) {
        if (total <= holding.balance) continue
        const available = baseUnitsToDecimal(holding.balance, holding.decimals)
        throw new IbexValidationError({
          code: 'validation/amount-exceeds-balance',
          field,
          message: `Not enough ${holding.symbol ?? 'of this token'}: ${available} available.`,
          details: `needed ${baseUnitsToDecimal(total, holding.decimals)}`,
        })
      }
    },
  }
}
