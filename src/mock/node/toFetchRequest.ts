import type { IncomingMessage } from 'node:http'
import { mockBodyLimitBytes, payloadTooLarge } from '../http/readBodyText.ts'

/**
 * A Fetch `Request` from a Node request. The body is buffered up to the mock's 1 MiB limit; past
 * it the rest is read and dropped (so the client still gets its 413 rather than a reset) and
 * the promise rejects with the 413.
 */
export async function toFetchRequest(incoming: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue
    headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  const method = (incoming.method ?? 'GET').toUpperCase()
  let body: Uint8Array<ArrayBuffer> | undefined
  if (method !== 'GET' && method !== 'HEAD') {
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of incoming) {
      size += (chunk as Buffer).byteLength
      if (size <= mockBodyLimitBytes) chunks.push(chunk as Buffer)
    }
    if (size > mockBodyLimitBytes) throw payloadTooLarge()
    body = new Uint8Array(Buffer.concat(chunks))
  }
  return new Request(new URL(incoming.url ?? '/', origin), { method, headers, body })
}
