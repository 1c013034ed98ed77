import { jsonResponse } from '../../http/jsonResponse.ts'
import type { MockContext } from '../../http/MockContext.ts'
import type { MockRoute } from '../../http/MockRoute.ts'
import { createQuote } from '../../operations/createQuote.ts'
import { quoteResponse } from '../../operations/quoteResponse.ts'
import { viewOfRequest } from '../../views/viewOfRequest.ts'

async function quote(ctx: MockContext): Promise<Response> {
  const view = await viewOfRequest(ctx)
  return jsonResponse(quoteResponse(createQuote(ctx, view)))
}

/**
 * Swap quotes (docs/protocol.md): `GET /v1.2/safes/swap/quote` and its documented alias
 * `/v1.2/safes/quote` (which also takes `from`/`to`).
 */
export const quoteRoutes: MockRoute[] = [
  { method: 'GET', path: '/v1.2/safes/swap/quote', handler: quote },
  { method: 'GET', path: '/v1.2/safes/quote', handler: quote },
]
