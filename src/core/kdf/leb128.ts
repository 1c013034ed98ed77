/**
 * LEB128, the variable-length integer encoding of the WebAssembly binary format: 7 bits per byte,
 * low bits first, high bit set on every byte but the last. `unsigned` serves counts, sizes,
 * indices and SIMD opcodes; `signed` serves `i32.const` / `i64.const` immediates. Both take JS
 * numbers, exact up to 2^53, which covers every value the kit's kernels encode, and append to
 * `into` (a new array by default) so that encoders write in place instead of concatenating.
 *
 * @example
 * leb128.unsigned(624485) // [0xe5, 0x8e, 0x26]
 * leb128.signed(-1) // [0x7f]
 */
export const leb128 = {
  unsigned(value: number, into: number[] = []): number[] {
    let rest = value
    do {
      // Division, not `>>>`: sizes and i64 immediates can exceed 32 bits.
      const byte = rest % 128
      rest = (rest - byte) / 128
      into.push(rest === 0 ? byte : byte | 0x80)
    } while (rest !== 0)
    return into
  },

  signed(value: number, into: number[] = []): number[] {
    let rest = value
    for (;;) {
      const byte = ((rest % 128) + 128) % 128
      rest = (rest - byte) / 128
      // Done once the remaining bits are all copies of the sign bit already written (bit 6).
      const done = (rest === 0 && (byte & 0x40) === 0) || (rest === -1 && (byte & 0x40) !== 0)
      into.push(done ? byte : byte | 0x80)
      if (done) return into
    }
  },
} as const
