import { jsonResponse } from '../../http/jsonResponse.ts'

/**
 * The SEPA endpoints' success envelope: `{ success: true, data, ...extra }`.
 *
 * @example
 * return sepaOk(mandate, { sepaSync: { success: true } }, 201)
 */
export function sepaOk(data: unknown, extra: Record<string, unknown> = {}, status = 200): Response {
  return jsonResponse({ success: true, data, ...extra }, status)
}
