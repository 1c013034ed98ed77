/**
 * The error for an optional peer dependency of the mock that is not installed. The mock's
 * Node-only packages are optional peers so that apps which never use the mock do not install
 * them; this says which one to add and what needs it.
 *
 * @example
 * throw missingPeerError('ws', "the mock server's WebSocket", cause)
 */
export function missingPeerError(name: string, neededFor: string, cause: unknown): Error {
  return new Error(
    `The mock IBEx needs "${name}" for ${neededFor}, and it is not installed. It is an optional peer dependency of ibex-react (only the mock uses it): npm install --save-dev ${name}`,
    { cause },
  )
}
