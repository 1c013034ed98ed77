/**
 * Where a server finds the session cookie: a Web `Request` (route handlers, middleware, any
 * fetch-style server), its `Headers`, a `Cookie` header string, or a cookie store with
 * `get(name)` such as Next.js' `await cookies()`.
 *
 * @example
 * const session = await getIbexSession(await cookies(), ibex) // Next.js Server Component
 * const same = await getIbexSession(request, ibex) // route handler
 */
export type IbexSessionSource =
  Request | Headers | string | { get(name: string): { value: string } | undefined }
