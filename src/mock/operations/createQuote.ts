import { bytesToHex, formatUnits } from 'viem'
import { MockHttpError } from '../errors/MockHttpError.ts'
import { requiredAddress } from '../http/bodyFields.ts'
import type { MockContext } from '../http/MockContext.ts'
import { queryEnum } from '../http/queryParams.ts'
import { resolveChainId } from '../http/resolveChainId.ts'
import type { MockView } from '../views/MockView.ts'
import { balanceOf } from '../wallet/balanceOf.ts'
import { requireToken } from '../wallet/findToken.ts'
import type { MockQuote } from './MockQuote.ts'
import { parseAmount } from './parseAmount.ts'
import { quoteRate } from './quoteRate.ts'

/** CoW's fee in the mock: 0.5 % of the sell amount, in the sell token. */
const feePerMille = 5n
/** 1inch quotes 0.2 % less, so COWSWAP wins a BOTH comparison. */
const oneInchPerMille = 998n

/**
 * Reads a quote request (`sellTokenAddress`/`from`, `buyTokenAddress`/`to`, `amount`,
 * `chainId?`, `safeAddress?`, `provider?`, docs/protocol.md), checks the Safe and its balance,
 * prices it at the mock's fixed rates and records it for `SWAP_FROM_QUOTE`.
 *
 * @example
 * const quote = createQuote(ctx, view)
 */
export function createQuote(ctx: MockContext, view: MockView): MockQuote {
  const query = ctx.url.searchParams
  const chainId = resolveChainId(ctx, query.get('chainId') ?? undefined)
  const sellToken = requireToken(
    chainId,
    query.get('sellTokenAddress') ?? query.get('from'),
    'sellTokenAddress',
  )
  const buyToken = requireToken(
    chainId,
    query.get('buyTokenAddress') ?? query.get('to'),
    'buyTokenAddress',
  )
  if (sellToken === buyToken) {
    throw new MockHttpError('VALIDATION', 'sellTokenAddress and buyTokenAddress are the same token')
  }
  const sellAmount = parseAmount(query.get('amount') ?? undefined, sellToken.decimals, 'amount')
  const safe = view.user.safeAddress[String(chainId)]
  const named = query.get('safeAddress')
  if (!safe || (named && requiredAddress(named, 'safeAddress') !== safe)) {
    throw new MockHttpError('UNKNOWN_SAFE', 'unknown safe address')
  }
  const available = balanceOf(view.state.ledger, safe, sellToken)
  if (available < sellAmount) {
    throw new MockHttpError(
      'INSUFFICIENT_BALANCE',
      `${formatUnits(sellAmount, sellToken.decimals)} ${sellToken.symbol} needed, ` +
        `${formatUnits(available, sellToken.decimals)} available`,
    )
  }
  const provider = queryEnum(ctx.url, 'provider', ['COWSWAP', '1INCH', 'BOTH']) ?? 'BOTH'
  const feeAmount = (sellAmount * feePerMille) / 1000n
  const cowBuy = quoteRate(sellToken, buyToken, sellAmount - feeAmount)
  const oneInchBuy = (quoteRate(sellToken, buyToken, sellAmount) * oneInchPerMille) / 1000n
  const bestProvider = provider === '1INCH' ? '1INCH' : 'COWSWAP'
  const cowswap = { buyAmount: cowBuy, feeAmount }
  const oneinch = { buyAmount: oneInchBuy }
  const quote: MockQuote = {
    quoteId: view.state.random.uuid(),
    externalUserId: view.user.externalUserId,
    chainId,
    safeAddress: safe,
    sellToken,
    buyToken,
    sellAmount,
    feeAmount: bestProvider === 'COWSWAP' ? feeAmount : 0n,
    buyAmount: bestProvider === 'COWSWAP' ? cowBuy : oneInchBuy,
    validTo: Math.floor(view.now / 1000) + ctx.config.quoteTtl,
    bestProvider,
    comparisons: {
      ...(provider === '1INCH' ? {} : { cowswap }),
      ...(provider === 'COWSWAP' ? {} : { oneinch }),
    },
    orderUid: bytesToHex(view.state.random.bytes(56)),
    used: false,
  }
  view.tenant.quotes.set(quote.quoteId, quote)
  return quote
}
