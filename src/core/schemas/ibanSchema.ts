import * as v from 'valibot'
import type { Address } from 'viem'
import type { IbexIban } from '../parse/IbexIban.ts'
import { addressSchema } from './addressSchema.ts'
import { chainIdSchema } from './chainIdSchema.ts'
import { lenient } from './lenient.ts'

/**
 * IBEx's IBAN object (docs/protocol.md "SEPA and IBANs") read as `IbexIban`; only `iban` is
 * required.
 *
 * @example
 * const iban = v.parse(ibanSchema, body.data)
 */
export const ibanSchema = v.pipe(
  v.looseObject({
    id: lenient(v.pipe(v.union([v.string(), v.number()]), v.transform(String))),
    iban: v.pipe(v.string(), v.minLength(1)),
    formatted: lenient(v.string()),
    bic: lenient(v.string()),
    holderName: lenient(v.string()),
    label: lenient(v.string()),
    status: lenient(v.string()),
    safeAddress: lenient(addressSchema),
    blockchainId: lenient(chainIdSchema),
  }),
  v.transform((body): IbexIban => ({
    id: body.id ?? undefined,
    iban: body.iban.replace(/\s+/g, '').toUpperCase(),
    formatted: body.formatted ?? undefined,
    bic: body.bic ?? undefined,
    holderName: body.holderName ?? undefined,
    label: body.label || undefined,
    status: body.status ?? undefined,
    safeAddress: (body.safeAddress ?? undefined) as Address | undefined,
    chainId: body.blockchainId ?? undefined,
  })),
)
