import * as v from 'valibot'

/**
 * A JSON value: what a user key/value of IBEx can hold (docs/protocol.md).
 *
 * @example
 * const value: IbexJsonValue = { theme: 'dark', favourites: [421614, 100] }
 */
export type IbexJsonValue =
  | string
  | number
  | boolean
  | null
  | readonly IbexJsonValue[]
  | { readonly [key: string]: IbexJsonValue }

/**
 * Checks a JSON value (any depth).
 *
 * @example
 * v.parse(v.record(v.string(), jsonValueSchema), body.data)
 */
export const jsonValueSchema: v.GenericSchema<IbexJsonValue> = v.lazy(() =>
  v.union([
    v.string(),
    v.number(),
    v.boolean(),
    v.null(),
    v.array(jsonValueSchema),
    v.record(v.string(), jsonValueSchema),
  ]),
)
