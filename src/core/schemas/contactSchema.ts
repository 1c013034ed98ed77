import * as v from 'valibot'
import { getAddress } from 'viem'
import type { IbexContact } from '../parse/IbexContact.ts'
import { addressSchema } from './addressSchema.ts'
import { chainIdSchema } from './chainIdSchema.ts'
import { lenient } from './lenient.ts'

const ibanRowSchema = v.looseObject({
  iban: v.string(),
  bic: lenient(v.string()),
  holderName: lenient(v.string()),
  vopResult: lenient(v.string()),
  matchedName: lenient(v.string()),
  label: lenient(v.string()),
  verifiedAt: lenient(v.string()),
})

/**
 * One address-book entry , read as `IbexContact`: chain ids as numbers,
 * addresses checksummed, absent optional fields as `undefined`.
 *
 * @example
 * const contact = v.parse(contactSchema, json.data)
 */
export const contactSchema = v.pipe(
  v.looseObject({
    id: v.pipe(v.union([v.string(), v.number()]), v.transform(String)),
    name: v.string(),
    label: lenient(v.string()),
    userValidated: v.optional(v.boolean(), false),
    crypto: v.optional(
      v.array(v.looseObject({ chainId: chainIdSchema, address: addressSchema })),
      [],
    ),
    ibans: v.optional(v.array(ibanRowSchema), []),
    createdAt: lenient(v.string()),
    updatedAt: lenient(v.string()),
  }),
  v.transform((entry): IbexContact => ({
    id: entry.id,
    name: entry.name,
    label: entry.label ?? undefined,
    userValidated: entry.userValidated,
    crypto: entry.crypto.map((row) => ({ chainId: row.chainId, address: getAddress(row.address) })),
    ibans: entry.ibans.map((row) => ({
      iban: row.iban,
      bic: row.bic ?? undefined,
      holderName: row.holderName ?? undefined,
      vopResult: row.vopResult ?? undefined,
      matchedName: row.matchedName ?? undefined,
      label: row.label ?? undefined,
      verifiedAt: row.verifiedAt ?? undefined,
    })),
    createdAt: entry.createdAt ?? undefined,
    updatedAt: entry.updatedAt ?? undefined,
  })),
)
