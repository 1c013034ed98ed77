import * as v from 'valibot'
import type { IbexMandate, IbexMandateTrigger } from '../parse/IbexMandate.ts'
import { lenient } from './lenient.ts'

const text = lenient(v.string())

/**
 * A SEPA mandate (docs/protocol.md "SEPA and IBANs") read as `IbexMandate`: `id` and `status` are
 * required; the routing, allocation and signature blocks are flattened.
 *
 * @example
 * const mandate = v.parse(mandateSchema, body.data)
 */
export const mandateSchema = v.pipe(
  v.looseObject({
    id: v.pipe(v.union([v.string(), v.number()]), v.transform(String)),
    status: v.pipe(v.string(), v.minLength(1)),
    position: lenient(v.number()),
    routing: lenient(
      v.looseObject({
        sourceIban: text,
        destinationIban: text,
        destinationName: text,
        destinationBic: text,
      }),
    ),
    allocation: lenient(v.looseObject({ percent: lenient(v.number()) })),
    trigger: lenient(v.looseObject({ mode: v.picklist(['all', 'whitelist']) })),
    signature: lenient(
      v.looseObject({
        message: text,
        messageHash: text,
        safeOperationUserOpHash: text,
        signatureCapturedAt: text,
      }),
    ),
    createdAt: text,
    updatedAt: text,
    version: lenient(v.number()),
  }),
  v.transform((body): IbexMandate => ({
    id: body.id,
    status: body.status,
    position: body.position ?? undefined,
    sourceIban: body.routing?.sourceIban ?? undefined,
    destinationIban: body.routing?.destinationIban ?? undefined,
    destinationName: body.routing?.destinationName ?? undefined,
    destinationBic: body.routing?.destinationBic ?? undefined,
    percent: body.allocation?.percent ?? undefined,
    // The trigger is passed on as IBEx wrote it once its mode is known.
    trigger: (body.trigger ?? undefined) as IbexMandateTrigger | undefined,
    signature: {
      message: body.signature?.message ?? undefined,
      messageHash: body.signature?.messageHash ?? undefined,
      safeOperationUserOpHash: body.signature?.safeOperationUserOpHash ?? undefined,
      signatureCapturedAt: body.signature?.signatureCapturedAt ?? undefined,
    },
    createdAt: body.createdAt ?? undefined,
    updatedAt: body.updatedAt ?? undefined,
    version: body.version ?? undefined,
  })),
)
