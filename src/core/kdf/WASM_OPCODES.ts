/**
 * Encodings of the WebAssembly instructions without immediates that the kit's kernels use, keyed
 * by their text-format names so that each line can be checked against the spec's opcode tables
 * (core: WebAssembly Core Specification §5.4; SIMD: the `0xfd` prefix followed by the
 * `simdop` as unsigned LEB128, so opcodes from 0x80 take two bytes). Instructions with
 * immediates (`local.get`, `i32.const`, loads, stores, `i8x16.shuffle`, branches) are encoded by
 * `WasmFunctionBuilder`'s own methods.
 *
 * @example
 * WASM_OPCODES['i64x2.add'] // [0xfd, 0xce, 0x01]
 */
export const WASM_OPCODES = {
  select: [0x1b],
  'i32.eqz': [0x45],
  'i32.eq': [0x46],
  'i32.ne': [0x47],
  'i32.lt_u': [0x49],
  'i32.ge_u': [0x4f],
  'i32.add': [0x6a],
  'i32.sub': [0x6b],
  'i32.mul': [0x6c],
  'i32.rem_u': [0x70],
  'i32.and': [0x71],
  'i32.or': [0x72],
  'i32.shl': [0x74],
  'i64.add': [0x7c],
  'i64.mul': [0x7e],
  'i64.shr_u': [0x88],
  'i32.wrap_i64': [0xa7],
  'i64.extend_i32_u': [0xad],
  'v128.or': [0xfd, 0x50],
  'v128.xor': [0xfd, 0x51],
  'i64x2.shl': [0xfd, 0xcb, 0x01],
  'i64x2.shr_u': [0xfd, 0xcd, 0x01],
  'i64x2.add': [0xfd, 0xce, 0x01],
  'i64x2.extmul_low_i32x4_u': [0xfd, 0xde, 0x01],
  'i64x2.extmul_high_i32x4_u': [0xfd, 0xdf, 0x01],
} as const satisfies Record<string, readonly number[]>

/** Name of an instruction without immediates in {@link WASM_OPCODES}. */
export type WasmOpcodeName = keyof typeof WASM_OPCODES
