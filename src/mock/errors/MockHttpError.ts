import { mockErrorStatus, type MockErrorCode } from './mockErrorCodes.ts'

/**
 * Thrown by the mock's route handlers; the router turns it into the error response
 * `{ message, error_code }` with the status of the code (or an explicit one).
 */
export class MockHttpError extends Error {
  override name = 'MockHttpError'
  readonly code: MockErrorCode
  readonly status: number
  readonly headers: Record<string, string>
  /** A documented body to send instead of `{ message, error_code }`. */
  readonly body: unknown

  constructor(
    code: MockErrorCode,
    message: string,
    options: { status?: number; headers?: Record<string, string>; body?: unknown } = {},
  ) {
    super(message)
    this.code = code
    this.status = options.status ?? mockErrorStatus[code]
    this.headers = options.headers ?? {}
    this.body = options.body
  }
}
