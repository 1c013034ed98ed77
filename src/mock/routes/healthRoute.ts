import { jsonResponse } from '../http/jsonResponse.ts'
import type { MockRoute } from '../http/MockRoute.ts'

/** `GET /health` → `{ status: "ok", timestamp }`, even in maintenance (docs/protocol.md). */
export const healthRoute: MockRoute = {
  method: 'GET',
  path: '/health',
  bypassFaults: true,
  handler: (ctx) => jsonResponse({ status: 'ok', timestamp: new Date(ctx.now()).toISOString() }),
}
