/** A copy of a `BufferSource` (from any realm: jsdom and Node buffers both work) as bytes. */
export function toBytes(source: BufferSource | Uint8Array): Uint8Array<ArrayBuffer> {
  const view = ArrayBuffer.isView(source)
    ? new Uint8Array(source.buffer, source.byteOffset, source.byteLength)
    : new Uint8Array(source)
  return new Uint8Array(view)
}
