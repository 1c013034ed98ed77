import { MockHttpError } from '../../errors/MockHttpError.ts'
import { applyFaultsPatch } from '../../faults/applyFaultsPatch.ts'
import type { MockFaultsPatch } from '../../faults/MockFaultsPatch.ts'
import { jsonResponse } from '../../http/jsonResponse.ts'
import type { MockRoute } from '../../http/MockRoute.ts'
import { latestOutboxEntry } from '../../state/latestOutboxEntry.ts'
import { advanceClock } from '../../state/advanceClock.ts'
import { resetMockState } from '../../state/resetMockState.ts'
import { expireSessions } from '../../tokens/expireSessions.ts'

function timeBody(now: number, offsetMs: number) {
  return { now, iso: new Date(now).toISOString(), offsetMs }
}

/**
 * Mock-only development controls (docs/protocol.md "Mock-only development helpers"), never faulted:
 * `POST /__mock/reset`, `GET|POST /__mock/faults`, `GET /__mock/outbox?email=[&rpId=]`,
 * `POST /__mock/expire-session`, `GET|POST /__mock/time`. Local clients only unless the mock
 * has a `devToken` (see `checkDevAccess`).
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
      // Validated field by field (a 400 names the field).
      const patch = (await ctx.body()) as MockFaultsPatch
      return jsonResponse(applyFaultsPatch(ctx.state.faults, patch, ctx.now()))
    },
  },
  {
    method: 'POST',
    path: '/__mock/expire-session',
    bypassFaults: true,
    handler: async (ctx) => {
      // `{ "all": true }`, or `{ "email" | "externalUserId" | "rpId": … }`; `refreshTokens: true`
      // revokes the refresh tokens too.
      const { refreshTokens, all, ...target } = await ctx.body()
      if (refreshTokens !== undefined && typeof refreshTokens !== 'boolean') {
        throw new MockHttpError('VALIDATION', 'refreshTokens must be a boolean')
      }
      if (all !== undefined && all !== true) {
        throw new MockHttpError('VALIDATION', 'all must be true when present')
      }
      return jsonResponse(expireSessions(ctx.state, all ? 'all' : target, { refreshTokens }))
    },
  },
  {
    method: 'GET',
    path: '/__mock/time',
    bypassFaults: true,
    handler: (ctx) => jsonResponse(timeBody(ctx.now(), ctx.state.clockOffsetMs)),
  },
  {
    method: 'POST',
    path: '/__mock/time',
    bypassFaults: true,
    handler: async (ctx) => {
      const body = await ctx.body()
      const now = advanceClock(ctx.state, ctx.config, body.advanceMs)
      return jsonResponse(timeBody(now, ctx.state.clockOffsetMs))
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
