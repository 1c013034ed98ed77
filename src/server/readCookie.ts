import type { IbexSessionSource } from './IbexSessionSource.ts'

/**
 * The value of cookie `name` in a request, headers, a `Cookie` header or a cookie store.
 *
 * @example
 * readCookie(request, 'ibex-session') // 'v1.…' or undefined
 */
export function readCookie(source: IbexSessionSource, name: string): string | undefined {
  if (typeof source === 'string') return fromHeader(source, name)
  if (source instanceof Request) return fromHeader(source.headers.get('cookie') ?? '', name)
  if (source instanceof Headers) return fromHeader(source.get('cookie') ?? '', name)
  return source.get(name)?.value
}

function fromHeader(header: string, name: string): string | undefined {
  for (const part of header.split(';')) {
    const index = part.indexOf('=')
    if (index === -1 || part.slice(0, index).trim() !== name) continue
    try {
      return decodeURIComponent(part.slice(index + 1).trim())
    } catch {
      return undefined
    }
  }
  return undefined
}
