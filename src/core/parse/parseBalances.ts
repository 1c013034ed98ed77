import { checksumAddress } from '../utils/checksumAddress.ts'
import { isHexAddress } from '../utils/isHexAddress.ts'
import { IbexResponseError } from '../errors/IbexResponseError.ts'
import {
  aggregatedBalancesSchema,
  type AggregatedBalancesBody,
} from '../schemas/aggregatedBalancesSchema.ts'
import { scopedBalancesSchema, type ScopedBalancesBody } from '../schemas/scopedBalancesSchema.ts'
import { fiatValueOf } from './fiatValueOf.ts'
import type { IbexBalances, IbexBalanceTotals, IbexWalletBalances } from './IbexBalances.ts'
import { isRecord } from './isRecord.ts'
import { parseResponse } from './parseResponse.ts'
import { toTokenBalance } from './toTokenBalance.ts'

/** Options of {@link parseBalances}. */
export type ParseBalancesOptions = {
  /** The chain the request named: the chain of a scoped body that names none. */
  chainId?: number | undefined
  /** Named in errors. Default `GET /v1.2/users/me/balances`. */
  endpoint?: string | undefined
}

const ENDPOINT = 'GET /v1.2/users/me/balances'

function fromAggregated(body: AggregatedBalancesBody): IbexBalances {
  const wallets: IbexWalletBalances[] = []
  for (const [chainKey, byWallet] of Object.entries(body.crypto ?? {})) {
    for (const [wallet, block] of Object.entries(byWallet)) {
      wallets.push({
        chainId: Number(chainKey),
        wallet: checksumAddress(wallet),
        tokens: (block.tokens ?? []).map(toTokenBalance),
        pending: block.pending ?? [],
      })
    }
  }
  const { totals } = body
  return {
    timestamp: body.timestamp ?? undefined,
    wallets,
    totals: totals
      ? {
          crypto: fiatValueOf(totals.crypto_total_value_eur, totals.crypto_total_value_usd),
          fiat: fiatValueOf(totals.fiat_total_value_eur, totals.fiat_total_value_usd),
          grand: fiatValueOf(totals.grand_total_value_eur, totals.grand_total_value_usd),
          eurUsdRate: totals.conversion_rate_eur_usd ?? undefined,
        }
      : undefined,
    pricesAvailable: body.prices_available ?? totals != null,
    fiat: body.fiat ?? {},
  }
}

function fromScoped(body: ScopedBalancesBody, options: ParseBalancesOptions): IbexBalances {
  const { summary } = body.balance
  const value = fiatValueOf(summary?.total_value_eur, summary?.total_value_usd)
  const totals: IbexBalanceTotals | undefined =
    value.eur === undefined && value.usd === undefined
      ? undefined
      : { crypto: value, fiat: {}, grand: value, eurUsdRate: undefined }
  const base = {
    timestamp: body.timestamp ?? undefined,
    totals,
    pricesAvailable: body.prices_available ?? totals !== undefined,
  }
  // Scoped to an IBAN: fiat only (the kit does not ask for it, but the shape is documented).
  if (body.type === 'fiat' || !isHexAddress(body.identifier)) {
    return { ...base, wallets: [], fiat: body.balance }
  }
  const wallet = checksumAddress(body.identifier)
  const byChain = new Map<number, IbexWalletBalances>()
  const tokens = body.balance.tokens ?? []
  tokens.forEach((entry, index) => {
    const chainId = entry.blockchainId ?? body.blockchainId ?? options.chainId
    if (chainId == null) {
      throw new IbexResponseError({
        endpoint: options.endpoint ?? ENDPOINT,
        field: `balance.tokens.${index}.blockchainId`,
        reason: 'A wallet-scoped balance names no chain, and the request named none either.',
      })
    }
    let walletBalances = byChain.get(chainId)
    if (!walletBalances) {
      walletBalances = { chainId, wallet, tokens: [], pending: [] }
      byChain.set(chainId, walletBalances)
    }
    walletBalances.tokens.push(toTokenBalance(entry))
  })
  const wallets = [...byChain.values()]
  const [first] = wallets
  if (first) first.pending = body.balance.pending ?? []
  return { ...base, wallets, fiat: {} }
}

/**
 * Parses any documented balances body (docs/protocol.md) into the kit's `IbexBalances`:
 * the aggregated `crypto[chainId][wallet]` body (also the sign-in `balance` block, the
 * `/users/me` `balances` section and the WebSocket `balance_data` in request mode), the body
 * scoped to one `walletAddress`, and `{ balance: <aggregated> }` (WebSocket initial mode).
 * Wallet addresses come out checksummed; a body of another shape throws `IbexResponseError`
 * naming the field.
 *
 * @example
 * socket.on('balance_data', (data) => queryClient.setQueryData(key, parseBalances(data, { endpoint: 'WS balance_data' })))
 */
export function parseBalances(body: unknown, options: ParseBalancesOptions = {}): IbexBalances {
  const endpoint = options.endpoint ?? ENDPOINT
  if (isRecord(body) && 'identifier' in body) {
    return fromScoped(parseResponse(scopedBalancesSchema, body, endpoint), options)
  }
  const inner =
    isRecord(body) && isRecord(body.balance) && 'crypto' in body.balance ? body.balance : body
  return fromAggregated(parseResponse(aggregatedBalancesSchema, inner, endpoint))
}
