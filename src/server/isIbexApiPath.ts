/**
 * `/v1.2/…` with no empty, dot or encoded-separator segments: the only paths the proxy forwards.
 *
 * @example
 * isIbexApiPath('/v1.2/users/me') // true; '/v1.2/../admin' and '/v1.2/a%2fb' are false
 */
export function isIbexApiPath(path: string): boolean {
  if (!path.startsWith('/v1.2/')) return false
  if (/%(2f|5c|2e)|\\/i.test(path)) return false
  return path
    .slice(1)
    .split('/')
    .every((segment) => segment !== '' && segment !== '.' && segment !== '..')
}
