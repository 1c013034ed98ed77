import * as v from 'valibot'
import type { IbexSepaTransaction } from '../parse/IbexSepaTransaction.ts'
import { lenient } from './lenient.ts'

const text = lenient(v.string())

/**
 * One SEPA transaction (docs/protocol.md "SEPA and IBANs") read as `IbexSepaTransaction`: `id` and
 * `amount` are required (a number amount is read as its decimal string), the rest is read when
 * readable.
 *
 * @example
 * const transaction = v.parse(sepaTransactionSchema, body.data)
 */
export const sepaTransactionSchema = v.pipe(
  v.looseObject({
    id: v.pipe(v.union([v.string(), v.number()]), v.transform(String)),
    iban: text,
    type: v.optional(v.string(), ''),
    status: text,
    statusCode: text,
    amount: v.pipe(v.union([v.string(), v.number()]), v.transform(String)),
    currency: v.optional(v.string(), 'EUR'),
    senderIban: text,
    beneficiaryIban: text,
    reference: text,
    createdAt: text,
  }),
  v.transform((body): IbexSepaTransaction => ({
    id: body.id,
    iban: body.iban ?? undefined,
    type: body.type,
    status: body.status ?? undefined,
    statusCode: body.statusCode ?? undefined,
    amount: body.amount,
    currency: body.currency,
    senderIban: body.senderIban ?? undefined,
    beneficiaryIban: body.beneficiaryIban ?? undefined,
    reference: body.reference ?? undefined,
    createdAt: body.createdAt ?? undefined,
  })),
)
