import * as v from 'valibot'
import type { GenericSchema, InferOutput, IssuePathItem, ObjectEntries } from 'valibot'

/**
 * A schema for a body whose WebAuthn options sit under the first of `keys` that holds an object,
 * or at the root (docs/protocol.md: `credentialRequestOptions ?? credentialCreationOptions ??
 * publicKey ?? root`). The output is the other `entries` plus the validated `options`; an issue
 * inside the options keeps its full path (e.g. `credentialRequestOptions.challenge`).
 *
 * @example
 * const schema = passkeyOptionsEnvelope({ emailValidationRequired: v.optional(v.boolean()) },
 *   ['credentialRequestOptions', 'publicKey'], passkeyRequestOptionsSchema)
 */
export function passkeyOptionsEnvelope<
  const TEntries extends ObjectEntries,
  const TOptions extends GenericSchema,
>(entries: TEntries, keys: readonly string[], optionsSchema: TOptions) {
  type Envelope = InferOutput<v.LooseObjectSchema<TEntries, undefined>>
  return v.pipe(
    v.looseObject(entries),
    v.rawTransform<Envelope, Envelope & { options: InferOutput<TOptions> }>(
      ({ dataset, addIssue, NEVER }) => {
        const root: Record<string, unknown> = dataset.value
        const key = keys.find((candidate) => {
          const value = root[candidate]
          return typeof value === 'object' && value !== null
        })
        const source = key === undefined ? root : root[key]
        const result = v.safeParse(optionsSchema, source)
        if (result.success) return { ...dataset.value, options: result.output }
        const prefix: IssuePathItem[] =
          key === undefined
            ? []
            : [{ type: 'object', origin: 'value', input: root, key, value: source }]
        for (const issue of result.issues) {
          const path = [...prefix, ...(issue.path ?? [])]
          addIssue({
            message: issue.message,
            received: issue.received,
            path: path.length > 0 ? (path as [IssuePathItem, ...IssuePathItem[]]) : undefined,
          })
        }
        return NEVER
      },
    ),
  )
}
