import { MockHttpError } from '../errors/MockHttpError.ts'
import { optionalString, requiredString } from '../http/bodyFields.ts'
import type { MockOperationEffect } from './MockOperationSpec.ts'
import type { OperationContext } from './OperationContext.ts'

/**
 * `SWAP_FROM_QUOTE` (`quoteId`, `orderUid?`, `slippage?` percent): the quote must be this user's,
 * for this Safe and chain, unused and not expired (a quote lives `quoteTtl`, 5 min by default).
 *
 * @example
 * parseSwapOperation({ type: 'SWAP_FROM_QUOTE', quoteId }, 'operations[0]', context)
 */
export function parseSwapOperation(
  raw: Record<string, unknown>,
  at: string,
  context: OperationContext,
): MockOperationEffect {
  const quoteId = requiredString(raw, 'quoteId')
  const quote = context.view.tenant.quotes.get(quoteId)
  if (
    !quote ||
    quote.externalUserId !== context.view.user.externalUserId ||
    quote.chainId !== context.chainId ||
    quote.safeAddress !== context.safe
  ) {
    throw new MockHttpError('VALIDATION', `${at}.quoteId ${quoteId} is not a quote for this Safe`)
  }
  if (quote.used) throw new MockHttpError('VALIDATION', `${at}: this quote was already used`)
  if (context.view.now > quote.validTo * 1000) {
    throw new MockHttpError('EXPIRED', `${at}: the quote expired; request a new one`)
  }
  const orderUid = optionalString(raw, 'orderUid')
  if (orderUid !== undefined && orderUid.toLowerCase() !== quote.orderUid) {
    throw new MockHttpError('VALIDATION', `${at}.orderUid does not belong to quote ${quoteId}`)
  }
  const slippage = raw.slippage
  if (
    slippage !== undefined &&
    (typeof slippage !== 'number' || !(slippage >= 0 && slippage <= 50))
  ) {
    throw new MockHttpError('VALIDATION', `${at}.slippage must be a percentage from 0 to 50`)
  }
  return { kind: 'swap', quote }
}
