import { MockHttpError } from '../../errors/MockHttpError.ts'
import type { MockContext } from '../../http/MockContext.ts'
import { localRpIds } from '../../http/resolveRpId.ts'

/**
 * Checks `clientDataJSON.origin`: equal to the request's `Origin` header when there is one, and
 * either listed in `allowedOrigins` or an origin whose host is the rpId or a subdomain of it
 * (https, or http on localhost). Else 400 ORIGIN_MISMATCH.
 */
export function checkClientOrigin(ctx: MockContext, clientOrigin: string): void {
  const header = ctx.request.headers.get('origin')
  if (header && header !== 'null' && header !== clientOrigin) {
    throw new MockHttpError(
      'ORIGIN_MISMATCH',
      `clientDataJSON.origin ${clientOrigin} is not the request Origin ${header}`,
    )
  }
  if (ctx.config.allowedOrigins.includes(clientOrigin)) return
  const rpId = ctx.rpId()
  let url: URL | undefined
  try {
    url = new URL(clientOrigin)
  } catch {
    url = undefined
  }
  const host = url?.hostname.toLowerCase() ?? ''
  const secure =
    url?.protocol === 'https:' || (url?.protocol === 'http:' && localRpIds.includes(host))
  if (
    !url ||
    url.origin !== clientOrigin ||
    !secure ||
    (host !== rpId && !host.endsWith(`.${rpId}`))
  ) {
    throw new MockHttpError(
      'ORIGIN_MISMATCH',
      `Origin ${clientOrigin} is not allowed for rpId ${rpId}`,
    )
  }
}
