import type { MockContext } from './MockContext.ts'

/** HTTP methods the mock routes on. */
export type MockMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/**
 * One entry of the router table: a method, a path pattern with `:name` segments, and a handler.
 *
 * @example
 * const health: MockRoute = { method: 'GET', path: '/health', bypassFaults: true,
 *   handler: (ctx) => jsonResponse({ status: 'ok', timestamp: new Date(ctx.now()).toISOString() }) }
 */
export type MockRoute = {
  method: MockMethod
  path: string
  handler: (ctx: MockContext) => Promise<Response> | Response
  /** Dev controls and `/health` answer even in maintenance, without latency or errors. */
  bypassFaults?: boolean
}
