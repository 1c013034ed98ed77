import { MockHttpError } from '../errors/MockHttpError.ts'
import { jsonResponse } from './jsonResponse.ts'

/** The response for an error thrown by a handler: `{ message, error_code }`, or 500 INTERNAL. */
export function errorResponse(error: unknown): Response {
  if (error instanceof MockHttpError) {
    const body = error.body ?? { message: error.message, error_code: error.code }
    return jsonResponse(body, error.status, error.headers)
  }
  const message = error instanceof Error ? error.message : String(error)
  return jsonResponse({ message: `Internal error: ${message}`, error_code: 'INTERNAL' }, 500)
}
