/**
 * A copy of a `BufferSource` (from any realm: jsdom and Node buffers both work) as bytes.
 * `instanceof` checks would fail across realms, hence `ArrayBuffer.isView`.
 *
 * @example
 * toBytes(new Uint16Array([1]).buffer) // Uint8Array [1, 0]
 */
export function toBytes(source: BufferSource | Uint8Array): Uint8Array<ArrayBuffer> {
  const view = ArrayBuffer.isView(source)
    ? new Uint8Array(source.buffer, source.byteOffset, source.byteLength)
    : new Uint8Array(source)
  return new Uint8Array(view)
}
