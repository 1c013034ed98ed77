import { IbexError } from './IbexError.ts'

/**
 * IBEx answered 2xx but the body is not what the endpoint documents: not JSON, or a required
 * field is missing or of the wrong type. Names the endpoint and the field.
 *
 * @example
 * // IbexResponseError: POST /v1.2/auth/refresh returned a body without a valid `access_token`.
 */
export class IbexResponseError extends IbexError {
  override name = 'IbexResponseError' as const
  declare readonly code: 'response/malformed-json' | 'response/invalid-shape'
  readonly endpoint: string
  /** Dotted path of the offending field, when known (e.g. `safeAddress.421614`). */
  readonly field: string | undefined

  constructor(parameters: {
    endpoint: string
    field?: string | undefined
    reason?: string | undefined
    malformedJson?: boolean
    cause?: unknown
  }) {
    const { endpoint, field, reason, malformedJson, cause } = parameters
    super(
      malformedJson
        ? `${endpoint} returned a body that is not valid JSON.`
        : `${endpoint} returned a body without a valid \`${field ?? '(root)'}\`.`,
      {
        code: malformedJson ? 'response/malformed-json' : 'response/invalid-shape',
        details: reason,
        cause,
      },
    )
    this.endpoint = endpoint
    this.field = field
  }
}
