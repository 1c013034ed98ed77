/**
 * The rpId a ceremony runs for (`rpId`, else the origin's host), lower-cased. Like a browser, it
 * refuses with `SecurityError` an rpId that is neither the origin's host nor a suffix of it, so
 * tests see the failure a misconfigured rpId causes in production.
 *
 * @example
 * resolveRpId(undefined, 'app.localhost', 'http://app.localhost:5173') // 'app.localhost'
 * resolveRpId('example.com', 'localhost', 'http://localhost:5173') // throws SecurityError
 */
export function resolveRpId(rpId: string | undefined, host: string, origin: string): string {
  const effective = (rpId ?? host).toLowerCase()
  if (host !== effective && !host.endsWith(`.${effective}`)) {
    throw new DOMException(
      `The rpId ${effective} is not valid for the origin ${origin}.`,
      'SecurityError',
    )
  }
  return effective
}
