import { timingSafeEqualText } from '../crypto/timingSafeEqualText.ts'
import { MockHttpError } from '../errors/MockHttpError.ts'
import type { MockIbexConfig } from '../MockIbexOptions.ts'

/** The header that carries `devToken` to the dev controls. */
export const devTokenHeader = 'x-ibex-mock-token'

function isLoopback(address: string): boolean {
  const plain = address.replace(/^::ffff:/i, '')
  return plain === '::1' || /^127\./.test(plain)
}

/**
 * Refuses (403 FORBIDDEN) a dev-control request that is not allowed. With `devToken`: one
 * without the token. Without it: over the network (Node adapters, `remoteAddress` set), a
 * non-loopback peer, or a browser page of another origin than the mock's own and the
 * `allowedOrigins` (so a page on some other localhost port cannot read the codes). In process
 * (MSW, `remoteAddress` undefined) the caller is the test or the page that holds the mock: allowed.
 */
export function checkDevAccess(
  request: Request,
  config: MockIbexConfig,
  remoteAddress: string | undefined,
): void {
  if (config.devToken !== undefined) {
    const given = request.headers.get(devTokenHeader) ?? ''
    if (!timingSafeEqualText(given, config.devToken)) {
      throw new MockHttpError('FORBIDDEN', `The dev controls need the ${devTokenHeader} header`)
    }
    return
  }
  if (remoteAddress === undefined) return
  const origin = request.headers.get('origin')
  // `null` (sandboxed frames, file://) counts as foreign: any site can send it.
  const foreignPage =
    origin !== null &&
    origin !== new URL(request.url).origin &&
    !config.allowedOrigins.includes(origin)
  if (!isLoopback(remoteAddress) || foreignPage) {
    throw new MockHttpError(
      'FORBIDDEN',
      'The dev controls answer local clients only (not pages of other origins); list a page in allowedOrigins, or start the mock with a devToken to share them',
    )
  }
}
