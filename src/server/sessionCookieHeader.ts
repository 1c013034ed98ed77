import type { IbexProxyCookieOptions } from './createIbexProxy.ts'

/**
 * The `Set-Cookie` line of the proxy's session cookie: `HttpOnly`, `Secure` unless turned off,
 * `SameSite=Lax` by default; `Max-Age=0` clears it.
 *
 * @example
 * headers.append('set-cookie', sessionCookieHeader('ibex-session', {}, sealed, 86_400))
 */
export function sessionCookieHeader(
  name: string,
  options: IbexProxyCookieOptions,
  value: string,
  maxAgeSeconds: number,
): string {
  return [
    `${name}=${value}`,
    `Path=${options.path ?? '/'}`,
    ...(options.domain ? [`Domain=${options.domain}`] : []),
    `Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`,
    'HttpOnly',
    ...(options.secure === false ? [] : ['Secure']),
    `SameSite=${options.sameSite ?? 'Lax'}`,
  ].join('; ')
}
