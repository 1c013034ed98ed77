import { MockHttpError } from '../../errors/MockHttpError.ts'
import { applyFaultsPatch } from '../../faults/applyFaultsPatch.ts'
import type { MockFaultsPatch } from '../../faults/MockFaultsPatch.ts'
import { jsonResponse } from '../../http/jsonResponse.ts'
import type { MockRoute } from '../../http/MockRoute.ts'
import { latestOutboxEntry } from '../../state/latestOutboxEntry.ts'
import { resetMockState } from '../../state/resetMockState.ts'

/**
 * Mock-only development controls (README "Testing your app with the mock IBEx"), never faulted:
 * `POST /__mock/reset`, `GET|POST /__mock/faults`, `GET /__mock/outbox?email=[&rpId=]`.
 */
export const devRoutes: MockRoute[] = [
  {
    method: 'POST',
    path: '/__mock/reset',
    bypassFaults: true,
    handler: (ctx) => {
      resetMockState(ctx.state, ctx.config.seed)
      return jsonResponse({ ok: true })
    },
  },
  {
    method: 'GET',
    path: '/__mock/faults',
    bypassFaults: true,
    handler: (ctx) => jsonResponse(ctx.state.faults),
  },
  {
    method: 'POST',
    path: '/__mock/faults',
    bypassFaults: true,
    handler: async (ctx) => {
      const patch = (await ctx.body()) as MockFaultsPatch
      return jsonResponse(applyFaultsPatch(ctx.state.faults, patch, ctx.now()))
    },
  },
  {
    method: 'GET',
    path: '/__mock/outbox',
    bypassFaults: true,
    handler: (ctx) => {
      const email = ctx.url.searchParams.get('email')
      if (!email) return jsonResponse({ entries: ctx.state.outbox })
      const entry = latestOutboxEntry(
        ctx.state,
        email,
        ctx.url.searchParams.get('rpId') ?? undefined,
      )
      if (!entry) throw new MockHttpError('NOT_FOUND', `No email was sent to ${email}`)
      return jsonResponse(entry)
    },
  },
]
