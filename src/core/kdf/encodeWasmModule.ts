import { leb128 } from './leb128.ts'
import type { WasmFunctionBuilder } from './WasmFunctionBuilder.ts'

/** What `encodeWasmModule` packs: functions in index order, and an optional imported memory. */
export type WasmModuleSpec = {
  /** Imported as `env.memory`, with at least `minPages` 64 KiB pages. */
  memory?: { minPages: number }
  /** Function i of the module is `functions[i]`; those with an `exportName` are exported. */
  functions: readonly { builder: WasmFunctionBuilder; exportName?: string }[]
}

/**
 * Encodes a WebAssembly module (binary format version 1) from function builders: type, import,
 * function, export and code sections, nothing else (no start, table, data or custom sections).
 * One type entry per function keeps the encoder trivial; the duplicates cost a few bytes.
 *
 * @param spec - Functions and the memory import.
 * @returns The module bytes, for `WebAssembly.validate` / `compile`.
 * @example
 * const bytes = encodeWasmModule({ functions: [{ builder: add, exportName: 'add' }] })
 * const { instance } = await WebAssembly.instantiate(bytes)
 */
export function encodeWasmModule(spec: WasmModuleSpec): Uint8Array<ArrayBuffer> {
  const { functions, memory } = spec
  // Chunks copied once at the end with TypedArray.set: byte-by-byte pushes of the ~8 KB of code
  // cost milliseconds in a cold (interpreted) worker.
  const chunks: number[][] = [[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]] // "\0asm", v1
  const name = (text: string, into: number[]) => {
    const bytes = new TextEncoder().encode(text)
    leb128.unsigned(bytes.length, into)
    for (const byte of bytes) into.push(byte)
    return into
  }
  // A section is its id, its size in bytes, then a vector (count, items).
  const section = (id: number, items: readonly number[][]) => {
    const count = leb128.unsigned(items.length)
    const size = items.reduce((total, item) => total + item.length, count.length)
    chunks.push(leb128.unsigned(size, [id]), count, ...items)
  }

  section(
    1,
    functions.map(({ builder }) => builder.signature()),
  )
  if (memory) {
    const entry = name('memory', name('env', []))
    entry.push(0x02, 0x00) // import kind memory; limits: a minimum only, any larger memory fits
    section(2, [leb128.unsigned(memory.minPages, entry)])
  }
  section(
    3,
    functions.map((_, index) => leb128.unsigned(index)),
  )
  const exported = functions.flatMap(({ exportName }, index) =>
    exportName === undefined ? [] : [leb128.unsigned(index, name(exportName, []).concat(0x00))],
  )
  if (exported.length) section(7, exported)
  section(
    10,
    functions.map(({ builder }) => {
      const body = builder.body()
      return leb128.unsigned(body.length).concat(body)
    }),
  )
  const bytes = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0))
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.length
  }
  return bytes
}
