import { MockHttpError } from '../../errors/MockHttpError.ts'
import { requiredObject } from '../../http/bodyFields.ts'
import { jsonResponse } from '../../http/jsonResponse.ts'
import type { MockRoute } from '../../http/MockRoute.ts'
import { localRpIds } from '../../http/resolveRpId.ts'
import { buildUserAggregate } from '../../views/buildUserAggregate.ts'
import { viewOfRequest } from '../../views/viewOfRequest.ts'

/**
 * `GET /v1.2/users/me` (the aggregate, docs/protocol.md) and `POST /v1.2/users/me` (user
 * key/values: `{ data: { key: value } }`, `null` deletes, 400 `No fields to update` for an
 * empty `data`; with `strictUserDataRpId`, 400 `rpId is not valid` on localhost-like tenants).
 */
export const usersMeRoutes: MockRoute[] = [
  {
    method: 'GET',
    path: '/v1.2/users/me',
    handler: async (ctx) => jsonResponse(buildUserAggregate(await viewOfRequest(ctx))),
  },
  {
    method: 'POST',
    path: '/v1.2/users/me',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      if (ctx.config.strictUserDataRpId && localRpIds.includes(view.tenant.rpId)) {
        throw new MockHttpError('VALIDATION', 'rpId is not valid')
      }
      const data = requiredObject(await ctx.body(), 'data')
      const entries = Object.entries(data)
      if (entries.length === 0) throw new MockHttpError('VALIDATION', 'No fields to update')
      const stored = (view.user.userData ??= {})
      for (const [key, value] of entries) {
        if (value === null) delete stored[key]
        else stored[key] = value
      }
      return jsonResponse({ success: true })
    },
  },
]
