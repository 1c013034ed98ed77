import { timingSafeEqualText } from '../crypto/timingSafeEqualText.ts'
import { MockHttpError } from '../errors/MockHttpError.ts'
import type { MockIbexConfig } from '../MockIbexOptions.ts'
import { localRpIds } from './resolveRpId.ts'

/** The header that carries `devToken` to the dev controls. */
export const devTokenHeader = 'x-ibex-mock-token'

function isLoopback(address: string): boolean {
  const plain = address.replace(/^::ffff:/i, '')
  return plain === '::1' || /^127\./.test(plain)
}

function isLocalOrigin(origin: string): boolean {
  try {
    return localRpIds.includes(new URL(origin).hostname.toLowerCase())
  } catch {
    return false
  }
}

/**
 * Refuses (403 FORBIDDEN) a dev-control request that is not allowed: with `devToken`, one
 * without the token; without it, one from a non-loopback peer or a page of a non-local origin.
 * `remoteAddress` is undefined in-process (MSW), where the caller is the test itself.
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
  const origin = request.headers.get('origin')
  // `null` (sandboxed frames, file://) counts as foreign: any site can send it.
  const foreignOrigin = origin !== null && !isLocalOrigin(origin)
  if ((remoteAddress !== undefined && !isLoopback(remoteAddress)) || foreignOrigin) {
    throw new MockHttpError(
      'FORBIDDEN',
      'The dev controls answer local clients only; start the mock with a devToken to share them',
    )
  }
}
