import * as v from 'valibot'
import type { IbexRouteCandidate, IbexRouteQuote } from '../parse/IbexRouteQuote.ts'
import { addressSchema } from './addressSchema.ts'
import { chainIdSchema } from './chainIdSchema.ts'
import { decimalStringSchema } from './decimalStringSchema.ts'
import { lenient } from './lenient.ts'

/** IBEx: a quote lasts about 5 minutes (docs/protocol.md), for a route that names no expiry. */
const DOCUMENTED_QUOTE_LIFETIME_MS = 300_000

const amountSchema = v.pipe(
  decimalStringSchema,
  v.regex(/^\d+(\.\d+)?$/, 'Expected a positive decimal amount such as "1.23".'),
)

const candidateSchema = v.pipe(
  v.looseObject({
    provider: lenient(v.string()),
    buyAmount: lenient(amountSchema),
    feeAmount: lenient(amountSchema),
  }),
  v.transform((entry): IbexRouteCandidate => ({
    provider: entry.provider ?? undefined,
    buyAmount: entry.buyAmount ?? undefined,
    feeAmount: entry.feeAmount ?? undefined,
  })),
)

/**
 * Reads the body of `POST /v1.2/safes/routes/quote` (docs/protocol.md) as an `IbexRouteQuote`.
 * Required: `routeId`, `mode`, the amounts. IBEx documents only `routeId, mode, provider,
 * buyAmount, sellAmount, candidates`, so the chains, tokens and expiry are taken from the answer
 * when it has them and otherwise from the request (`asked`); no expiry reads as the documented
 * five minutes from receipt.
 *
 * @example
 * const quote = routeQuoteSchema(asked, Date.now())
 */
export function routeQuoteSchema(
  asked: Pick<
    IbexRouteQuote,
    'sourceChainId' | 'destinationChainId' | 'sellToken' | 'buyToken' | 'provider'
  >,
  receivedAt: number,
) {
  return v.pipe(
    v.looseObject({
      routeId: v.pipe(v.union([v.string(), v.number()]), v.transform(String)),
      mode: v.string(),
      provider: lenient(v.string()),
      sourceChainId: lenient(chainIdSchema),
      destinationChainId: lenient(chainIdSchema),
      sellTokenAddress: lenient(addressSchema),
      buyTokenAddress: lenient(addressSchema),
      sellAmount: amountSchema,
      buyAmount: amountSchema,
      feeAmount: lenient(amountSchema),
      validTo: lenient(v.number()),
      candidates: v.fallback(v.array(candidateSchema), []),
    }),
    v.transform((body): IbexRouteQuote => ({
      routeId: body.routeId,
      mode: body.mode,
      provider: body.provider ?? asked.provider,
      sourceChainId: body.sourceChainId ?? asked.sourceChainId,
      destinationChainId: body.destinationChainId ?? asked.destinationChainId,
      sellToken: body.sellTokenAddress ?? asked.sellToken,
      buyToken: body.buyTokenAddress ?? asked.buyToken,
      sellAmount: body.sellAmount,
      buyAmount: body.buyAmount,
      feeAmount: body.feeAmount ?? '0',
      expiresAt:
        body.validTo === undefined || body.validTo === null
          ? receivedAt + DOCUMENTED_QUOTE_LIFETIME_MS
          : body.validTo > 1e11
            ? body.validTo
            : body.validTo * 1000,
      candidates: body.candidates,
    })),
  )
}
