import * as v from 'valibot'

const statusSchema = v.picklist(['PENDING', 'READY', 'FAILED'])

/**
 * The body of `GET /auth/sign-in/data/:dataRequestId` (docs/protocol.md). The envelope is not
 * documented, so both `status` and `dataStatus` are read; the output is always
 * `{ status, data?, error? }`.
 *
 * @example
 * const { status, data } = v.parse(signInDataResponseSchema, json)
 */
export const signInDataResponseSchema = v.pipe(
  v.looseObject({
    status: v.nullish(statusSchema),
    dataStatus: v.nullish(statusSchema),
    data: v.nullish(
      v.looseObject({
        balance: v.optional(v.unknown()),
        transactions: v.optional(v.unknown()),
        userdata: v.optional(v.unknown()),
      }),
    ),
    error: v.nullish(v.union([v.string(), v.looseObject({ message: v.optional(v.string()) })])),
  }),
  v.forward(
    v.check(
      (body) => (body.status ?? body.dataStatus) != null,
      'Expected `status` or `dataStatus` (PENDING, READY or FAILED).',
    ),
    ['status'],
  ),
  v.transform((body) => ({
    status: body.status ?? body.dataStatus ?? 'PENDING',
    data: body.data ?? undefined,
    error: typeof body.error === 'string' ? body.error : (body.error?.message ?? undefined),
  })),
)

/** A validated sign-in data poll. */
export type SignInDataResponse = v.InferOutput<typeof signInDataResponseSchema>
