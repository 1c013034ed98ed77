import { MockHttpError } from '../errors/MockHttpError.ts'
import type { MockRoute } from './MockRoute.ts'

/** A matched route and its path parameters. */
export type RouteMatch = { route: MockRoute; params: Record<string, string> }

/** Compiles a router table; `match` finds the route of a method and path. */
export function createRouter(routes: readonly MockRoute[]): {
  match(method: string, path: string): RouteMatch | undefined
} {
  const compiled = routes.map((route) => {
    const names: string[] = []
    const source = route.path
      .split('/')
      .map((segment) => {
        if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        names.push(segment.slice(1))
        return '([^/]+)'
      })
      .join('/')
    return { route, names, regex: new RegExp(`^${source}/?$`) }
  })
  return {
    match(method, path) {
      for (const { route, names, regex } of compiled) {
        if (route.method !== method) continue
        const found = regex.exec(path)
        if (!found) continue
        const params: Record<string, string> = {}
        names.forEach((name, index) => {
          params[name] = decodeSegment(found[index + 1] ?? '')
        })
        return { route, params }
      }
      return undefined
    },
  }
}

/** A percent-decoded path segment; malformed escapes (`%ZZ`) are the client's fault, a 400. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    throw new MockHttpError('VALIDATION', `Malformed percent-encoding in the path: ${segment}`)
  }
}
