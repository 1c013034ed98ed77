import { describe, expect, test } from 'vitest'
import { encodeWasmModule } from '../../../src/core/kdf/encodeWasmModule.ts'
import { leb128 } from '../../../src/core/kdf/leb128.ts'
import { WasmFunctionBuilder } from '../../../src/core/kdf/WasmFunctionBuilder.ts'

describe('leb128', () => {
  test('default: known encodings (WebAssembly spec and DWARF examples)', () => {
    expect(leb128.unsigned(0)).toEqual([0x00])
    expect(leb128.unsigned(127)).toEqual([0x7f])
    expect(leb128.unsigned(128)).toEqual([0x80, 0x01])
    expect(leb128.unsigned(624485)).toEqual([0xe5, 0x8e, 0x26])
    expect(leb128.unsigned(2 ** 32)).toEqual([0x80, 0x80, 0x80, 0x80, 0x10])
    expect(leb128.signed(0)).toEqual([0x00])
    expect(leb128.signed(63)).toEqual([0x3f])
    expect(leb128.signed(64)).toEqual([0xc0, 0x00])
    expect(leb128.signed(-1)).toEqual([0x7f])
    expect(leb128.signed(-64)).toEqual([0x40])
    expect(leb128.signed(-65)).toEqual([0xbf, 0x7f])
    expect(leb128.signed(-123456)).toEqual([0xc0, 0xbb, 0x78])
  })

  test('parameters: appends to `into` and returns it', () => {
    const into = [0x41]
    expect(leb128.signed(-1, into)).toBe(into)
    expect(into).toEqual([0x41, 0x7f])
  })
})

describe('encodeWasmModule', () => {
  test('default: a module of builders runs (i32 and i64 arithmetic, locals, loop, call)', async () => {
    // sum(n) = 0 + 1 + … + (n - 1) by a loop, and twice(n) = sum(n) · 2 through a call.
    const sum = new WasmFunctionBuilder(['i32'], ['i32'])
    const [i, total] = [sum.local('i32'), sum.local('i32')]
    sum.block().loop()
    sum.get(i).get(0).op('i32.ge_u').brIf(1)
    sum.get(total).get(i).op('i32.add').set(total)
    sum.get(i).i32(1).op('i32.add').set(i)
    sum.br(0).end().end()
    sum.get(total)
    const twice = new WasmFunctionBuilder(['i32'], ['i32'])
    twice.get(0).call(0).i32(2).op('i32.mul')
    const big = new WasmFunctionBuilder([], ['i32'])
    big
      .i64(2 ** 40)
      .i64(-3)
      .op('i64.mul')
      .i64(32)
      .op('i64.shr_u')
      .op('i32.wrap_i64')

    const bytes = encodeWasmModule({
      functions: [
        { builder: sum, exportName: 'sum' },
        { builder: twice, exportName: 'twice' },
        { builder: big, exportName: 'big' },
      ],
    })
    const { instance } = await WebAssembly.instantiate(bytes)
    const exports = instance.exports as Record<string, (...args: number[]) => number>
    expect(exports.sum?.(10)).toBe(45)
    expect(exports.twice?.(10)).toBe(90)
    // (2^40 · -3) mod 2^64, high 32 bits, as a signed i32: -768 (0xfffffd00).
    expect(exports.big?.()).toBe(-768)
  })

  test('parameters: an imported memory, SIMD loads, stores and shuffles', async () => {
    const swap = new WasmFunctionBuilder([])
    // Swaps the two u64 of the first 16 bytes.
    swap.i32(0).i32(0).memory('v128.load').i32(0).memory('v128.load')
    swap.shuffle([8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7]).memory('v128.store')
    const memory = new WebAssembly.Memory({ initial: 1 })
    const bytes = encodeWasmModule({
      memory: { minPages: 1 },
      functions: [{ builder: swap, exportName: 'swap' }],
    })
    const { instance } = await WebAssembly.instantiate(bytes, { env: { memory } })
    const view = new Uint8Array(memory.buffer, 0, 16)
    view.set(Array.from({ length: 16 }, (_, k) => k))
    ;(instance.exports.swap as () => void)()
    expect([...view]).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7])
  })

  test('error: the builder refuses malformed SIMD immediates', () => {
    const f = new WasmFunctionBuilder([])
    expect(() => f.shuffle([0, 1, 2])).toThrow(RangeError)
    expect(() => f.shuffle(Array.from({ length: 16 }, () => 32))).toThrow(RangeError)
  })
})
