/**
 * The part of the Standard Schema interface (standardschema.dev, v1) the request function uses:
 * any schema that implements it can check a response, valibot's included, without the request
 * code importing the schema library. That keeps valibot out of the initial bundle: it comes
 * with the lazily loaded modules that define schemas.
 *
 * @example
 * const schema: StandardSchema<{ id: string }> = v.object({ id: v.string() })
 */
export type StandardSchema<Output = unknown> = {
  readonly '~standard': {
    readonly version: 1
    readonly vendor: string
    readonly validate: (
      value: unknown,
    ) => StandardSchemaResult<Output> | Promise<StandardSchemaResult<Output>>
    readonly types?: { readonly input: unknown; readonly output: Output } | undefined
  }
}

/** What a Standard Schema's `validate` returns: the output, or the issues found. */
export type StandardSchemaResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | {
      readonly issues: ReadonlyArray<{
        readonly message: string
        readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined
      }>
    }

/**
 * The output type of a Standard Schema.
 *
 * @example
 * type User = SchemaOutput<typeof userSchema>
 */
export type SchemaOutput<TSchema extends StandardSchema> = NonNullable<
  TSchema['~standard']['types']
>['output']
