import { MockHttpError } from '../errors/MockHttpError.ts'

/** The largest request body the mock reads (1 MiB); IBEx's bodies are a few kilobytes. */
export const mockBodyLimitBytes = 1_048_576

/** The 413 of a body over {@link mockBodyLimitBytes}. */
export function payloadTooLarge(): MockHttpError {
  return new MockHttpError(
    'PAYLOAD_TOO_LARGE',
    `The body is larger than ${mockBodyLimitBytes} bytes`,
  )
}

/**
 * The body of `request` as text, read chunk by chunk so that an oversized body is refused (413)
 * without being buffered whole; a declared `content-length` over the limit is refused unread.
 */
export async function readBodyText(request: Request): Promise<string> {
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > mockBodyLimitBytes) throw payloadTooLarge()
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > mockBodyLimitBytes) {
      await reader.cancel()
      throw payloadTooLarge()
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return new TextDecoder().decode(bytes)
}
