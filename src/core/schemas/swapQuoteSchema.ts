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

// What "depends on the provider" is read when it is readable and
// otherwise left out: one aggregator's odd field must not make the whole quote unusable.
const optionalDecimal = v.fallback(v.optional(decimalSchema), undefined)
const optionalText = v.fallback(v.optional(v.string()), undefined)
const expirySchema = v.fallback(v.optional(v.union([v.number(), v.string()])), undefined)

const comparisonSchema = v.looseObject({
  provider: optionalText,
  buyAmount: optionalDecimal,
  feeAmount: optionalDecimal,
  fee: optionalDecimal,
  estimatedGas: v.fallback(
    v.optional(v.union([v.string(), v.pipe(v.number(), v.transform(String))])),
    undefined,
  ),
  validTo: expirySchema,
})

/** IBEx: "a quote lasts about 5 minutes" , for a quote that names no expiry. */
const DOCUMENTED_QUOTE_LIFETIME_MS = 300_000

/** Unix seconds, or ms when the number is that large, or an ISO date (the SDK's `validUntil`). */
function expiryMs(validTo: number | string | undefined, receivedAt: number): number {
  const parsed =
    validTo === undefined
      ? Number.NaN
      : typeof validTo === 'string'
        ? Date.parse(validTo)
        : validTo > 1e11
          ? validTo
          : validTo * 1000
  return Number.isNaN(parsed) ? receivedAt + DOCUMENTED_QUOTE_LIFETIME_MS : parsed
}

/**
 * `GET /v1.2/safes/swap/quote` , in both documented spellings (§13 #3:
 * `validTo`/`feeAmount`/`bestProvider` or `validUntil`/`fee`/`provider`). Required: what the kit
 * uses to show and execute the quote (`quoteId`, the tokens, their decimals, the amounts). The
 * fields that depend on the provider (fee, expiry, provider names, `comparisons`, `orderUid`)
 * are optional, and ignored when unreadable: no fee reads as `"0"`, no expiry as the documented
 * five minutes from receipt. Amounts stay the human strings IBEx sent and are also given in base
 * units (`…Value`, bigint); `expiresAt` is ms since the epoch; `comparisons` lists what each
 * provider offered.
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
    feeAmount: optionalDecimal,
    fee: optionalDecimal,
    validTo: expirySchema,
    validUntil: expirySchema,
    bestProvider: optionalText,
    provider: optionalText,
    comparisons: v.fallback(v.optional(v.record(v.string(), comparisonSchema)), undefined),
    orderUid: v.fallback(v.optional(v.pipe(v.string(), v.regex(/^0x[0-9a-fA-F]+$/))), undefined),
  }),
  v.transform((body) => {
    const sell = (amount: string) => parseUnits(amount, body.sellTokenDecimals)
    const buy = (amount: string) => parseUnits(amount, body.buyTokenDecimals)
    const feeAmount = body.feeAmount ?? body.fee ?? '0'
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
      expiresAt: expiryMs(body.validTo ?? body.validUntil, Date.now()),
      provider: body.bestProvider ?? body.provider ?? comparisons[0]?.provider ?? 'UNKNOWN',
      comparisons,
      orderUid: body.orderUid as Hex | undefined,
    }
  }),
)

/** A swap quote: what is sold and bought, until when, and by which provider. */
export type SwapQuote = v.InferOutput<typeof swapQuoteSchema>
