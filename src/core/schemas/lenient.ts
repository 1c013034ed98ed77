import * as v from 'valibot'

/**
 * An optional field the kit can do without: read when it has the expected shape, otherwise left
 * out (`undefined`), so that one odd value (a non-EVM address, a number sent as text, a field a
 * newer IBEx reshaped) does not make the whole answer unusable. Fields the kit needs stay
 * required, and their absence is an `IbexResponseError` naming them.
 *
 * @example
 * const itemSchema = v.looseObject({ hash: hexHashSchema, watchedAddress: lenient(addressSchema) })
 */
export function lenient<const TSchema extends v.GenericSchema>(schema: TSchema) {
  return v.fallback(v.nullish(schema), undefined)
}
