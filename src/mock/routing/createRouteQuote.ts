import { formatUnits } from 'viem'
import { MockHttpError } from '../errors/MockHttpError.ts'
import { optionalString, requiredAddress, requiredNumber } from '../http/bodyFields.ts'
import type { MockContext } from '../http/MockContext.ts'
import { parseAmount } from '../operations/parseAmount.ts'
import { quoteRate } from '../operations/quoteRate.ts'
import type { MockView } from '../views/MockView.ts'
import { balanceOf } from '../wallet/balanceOf.ts'
import { requireToken } from '../wallet/findToken.ts'
import type { MockRouteQuote } from './MockRouteQuote.ts'
import { routeCapabilities } from './routeCapabilities.ts'

/** The mock's fee: 0.5 % for a swap, 0.3 % for a bridge, in the sell token. */
const feePerMille = { SAME_CHAIN_SWAP: 5n, CROSS_CHAIN_BRIDGE: 3n } as const

function chainField(ctx: MockContext, body: Record<string, unknown>, key: string): number {
  const chainId = requiredNumber(body, key)
  if (!Number.isInteger(chainId) || !ctx.config.servedChainIds.includes(chainId)) {
    throw new MockHttpError('VALIDATION', `${key} ${chainId} is not a chain this mock serves`)
  }
  return chainId
}

/**
 * Reads a route quote request (`sourceChainId`, `destinationChainId`, `sellTokenAddress`,
 * `buyTokenAddress`, `amount` human, `safeAddress?`, `provider?`, docs/protocol.md), checks the
 * pair is routable, the Safes and the balance, prices it at the mock's fixed rates less the fee,
 * and keeps it for `ROUTE_FROM_QUOTE`.
 *
 * @example
 * const route = createRouteQuote(ctx, view, await ctx.body())
 */
export function createRouteQuote(
  ctx: MockContext,
  view: MockView,
  body: Record<string, unknown>,
): MockRouteQuote {
  const sourceChainId = chainField(ctx, body, 'sourceChainId')
  const destinationChainId = chainField(ctx, body, 'destinationChainId')
  const { mode } = routeCapabilities(ctx.config, sourceChainId, destinationChainId)
  if (mode === 'UNSUPPORTED') {
    throw new MockHttpError(
      'VALIDATION',
      `No route from chain ${sourceChainId} to chain ${destinationChainId} (mode UNSUPPORTED)`,
    )
  }
  const sellToken = requireToken(sourceChainId, body.sellTokenAddress, 'sellTokenAddress')
  const buyToken = requireToken(destinationChainId, body.buyTokenAddress, 'buyTokenAddress')
  if (sellToken === buyToken) {
    throw new MockHttpError('VALIDATION', 'sellTokenAddress and buyTokenAddress are the same token')
  }
  const sellAmount = parseAmount(body.amount, sellToken.decimals, 'amount')
  const safe = view.user.safeAddress[String(sourceChainId)]
  const destinationSafe = view.user.safeAddress[String(destinationChainId)]
  const named = optionalString(body, 'safeAddress')
  if (!safe || !destinationSafe || (named && requiredAddress(named, 'safeAddress') !== safe)) {
    throw new MockHttpError('UNKNOWN_SAFE', 'unknown safe address')
  }
  const provider = optionalString(body, 'provider')
  const providers = mode === 'SAME_CHAIN_SWAP' ? ['COWSWAP', '1INCH'] : ['BRIDGE']
  if (provider !== undefined && !providers.includes(provider)) {
    throw new MockHttpError('VALIDATION', `provider must be one of ${providers.join(', ')}`)
  }
  const available = balanceOf(view.state.ledger, safe, sellToken)
  if (available < sellAmount) {
    throw new MockHttpError(
      'INSUFFICIENT_BALANCE',
      `${formatUnits(sellAmount, sellToken.decimals)} ${sellToken.symbol} needed, ` +
        `${formatUnits(available, sellToken.decimals)} available`,
    )
  }
  const feeAmount = (sellAmount * feePerMille[mode]) / 1000n
  const route: MockRouteQuote = {
    routeId: view.state.random.uuid(),
    externalUserId: view.user.externalUserId,
    mode,
    provider: (provider ?? providers[0]) as MockRouteQuote['provider'],
    sourceChainId,
    destinationChainId,
    safeAddress: safe,
    destinationSafe,
    sellToken,
    buyToken,
    sellAmount,
    feeAmount,
    buyAmount: quoteRate(sellToken, buyToken, sellAmount - feeAmount),
    createdAt: view.now,
    validTo: Math.floor(view.now / 1000) + ctx.config.quoteTtl,
    used: false,
    credited: false,
  }
  view.tenant.routes.set(route.routeId, route)
  return route
}
