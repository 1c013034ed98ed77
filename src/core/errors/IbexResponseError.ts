import { IbexError } from './IbexError.ts'

/**
 * IBEx answered but the body is not what the endpoint documents: not JSON, a required field
 * missing or of the wrong type, or larger than the kit reads (`response/too-large`, over 10 MB).
 * Names the endpoint and the field.
 *
 * @example
 * // IbexResponseError: POST /v1.2/auth/refresh returned a body without a valid `access_token`.
 */
export class IbexResponseError extends IbexError {
  override name = 'IbexResponseError' as const
  declare readonly code: 'response/malformed-json' | 'response/invalid-shape' | 'response/too-large'
  readonly endpoint: string
  /** Dotted path of the offending field, when known (e.g. `safeAddress.421614`). */
  readonly field: string | undefined

  constructor(parameters: {
    endpoint: string
    field?: string | undefined
    reason?: string | undefined
    malformedJson?: boolean
    /** The body went over this many bytes: reading stopped there (`response/too-large`). */
    tooLargeOver?: number | undefined
    cause?: unknown
  }) {
    const { endpoint, field, reason, malformedJson, tooLargeOver, cause } = parameters
    super(
      tooLargeOver !== undefined
        ? `${endpoint} returned a body over ${tooLargeOver} bytes; the kit stopped reading it.`
        : malformedJson
          ? `${endpoint} returned a body that is not valid JSON.`
          : `${endpoint} returned a body without a valid \`${field ?? '(root)'}\`.`,
      {
        code:
          tooLargeOver !== undefined
            ? 'response/too-large'
            : malformedJson
              ? 'response/malformed-json'
              : 'response/invalid-shape',
        details: reason,
        cause,
      },
    )
    this.endpoint = endpoint
    this.field = field
  }
}
