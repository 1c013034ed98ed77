import * as v from 'valibot'
import { parseUnits, type Address, type Hex } from 'viem'
import { addressSchema } from './addressSchema.ts'
import { chainIdSchema } from './chainIdSchema.ts'
import { decimalStringSchema } from './decimalStringSchema.ts'
import { nonEmptyStringSchema } from './nonEmptyStringSchema.ts'

const decimalSchema = v.pipe(
  decimalStringSchema,
  v.regex(/^\d+(\.\d+)?$/, 'Expected a positive decimal amount such as "1.23".'),
)
const decimalsSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(77))

const comparisonSchema = v.looseObject({
  provider: v.optional(v.string()),
  buyAmount: v.optional(decimalSchema),
  feeAmount: v.optional(decimalSchema),
  fee: v.optional(decimalSchema),
  estimatedGas: v.optional(v.union([v.string(), v.pipe(v.number(), v.transform(String))])),
  validTo: v.optional(v.number()),
})

/** Unix seconds, or ms when the number is that large, or an ISO date (the SDK's `validUntil`). */
function expiryMs(validTo: number | string): number {
  if (typeof validTo === 'string') return Date.parse(validTo)
  return validTo > 1e11 ? validTo : validTo * 1000
}

/**
 * `GET /v1.2/safes/swap/quote` (docs/protocol.md), in both documented spellings
 * (`validTo`/`feeAmount`/`bestProvider` or `validUntil`/`fee`/`provider`). Amounts stay the
 * human strings IBEx sent and are also given in base units (`…Value`, bigint); `expiresAt` is
 * ms since the epoch; `comparisons` lists what each provider offered.
 *
 * @example
 * const quote = v.parse(swapQuoteSchema, body)
 * quote.buyAmount // '99.45'
 */
export const swapQuoteSchema = v.pipe(
  v.looseObject({
    quoteId: nonEmptyStringSchema,
    chainId: v.optional(chainIdSchema),
    safeAddress: v.optional(addressSchema),
    sellToken: addressSchema,
    sellTokenDecimals: decimalsSchema,
    buyToken: addressSchema,
    buyTokenDecimals: decimalsSchema,
    sellAmount: decimalSchema,
    buyAmount: decimalSchema,
    feeAmount: v.optional(decimalSchema),
    fee: v.optional(decimalSchema),
    validTo: v.optional(v.number()),
    validUntil: v.optional(v.union([v.number(), v.string()])),
    bestProvider: v.optional(v.string()),
    provider: v.optional(v.string()),
    comparisons: v.optional(v.record(v.string(), comparisonSchema)),
    orderUid: v.optional(v.pipe(v.string(), v.regex(/^0x[0-9a-fA-F]*$/))),
  }),
  v.check(
    (body) => body.validTo !== undefined || body.validUntil !== undefined,
    'The quote has neither `validTo` nor `validUntil`.',
  ),
  v.transform((body) => {
    const sell = (amount: string) => parseUnits(amount, body.sellTokenDecimals)
    const buy = (amount: string) => parseUnits(amount, body.buyTokenDecimals)
    const feeAmount = body.feeAmount ?? body.fee ?? '0'
    const validTo = body.validTo ?? (body.validUntil as number | string)
    const comparisons = Object.entries(body.comparisons ?? {}).flatMap(([key, offer]) =>
      offer.buyAmount === undefined
        ? []
        : [
            {
              provider: offer.provider ?? key.toUpperCase(),
              buyAmount: offer.buyAmount,
              buyValue: buy(offer.buyAmount),
              feeAmount: offer.feeAmount ?? offer.fee,
              estimatedGas: offer.estimatedGas,
            },
          ],
    )
    return {
      quoteId: body.quoteId,
      chainId: body.chainId,
      safeAddress: body.safeAddress as Address | undefined,
      sellToken: body.sellToken as Address,
      sellTokenDecimals: body.sellTokenDecimals,
      buyToken: body.buyToken as Address,
      buyTokenDecimals: body.buyTokenDecimals,
      sellAmount: body.sellAmount,
      sellValue: sell(body.sellAmount),
      buyAmount: body.buyAmount,
      buyValue: buy(body.buyAmount),
      feeAmount,
      feeValue: sell(feeAmount),
      expiresAt: expiryMs(validTo),
      provider: body.bestProvider ?? body.provider ?? comparisons[0]?.provider ?? 'UNKNOWN',
      comparisons,
      orderUid: body.orderUid as Hex | undefined,
    }
  }),
)

/** A swap quote: what is sold and bought, until when, and by which provider. */
export type SwapQuote = v.InferOutput<typeof swapQuoteSchema>
