import { proxyJson } from './proxyJson.ts'

/**
 * A refusal of the proxy, shaped like IBEx's errors (`{ message, error_code }`) so the browser
 * client reads it as it reads IBEx's.
 *
 * @example
 * return proxyRefusal(401, 'UNAUTHORIZED', 'No IBEx session: sign in first.')
 */
export function proxyRefusal(status: number, code: string, message: string): Response {
  return proxyJson(status, { message, error_code: code })
}
