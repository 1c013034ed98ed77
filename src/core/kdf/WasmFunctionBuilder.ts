import { leb128 } from './leb128.ts'
import { WASM_OPCODES } from './WASM_OPCODES.ts'
import type { WasmOpcodeName } from './WASM_OPCODES.ts'

/** The value types the kit's kernels use. */
export type WasmValueType = 'i32' | 'i64' | 'v128'

const VALUE_TYPE_BYTE: Record<WasmValueType, number> = { i32: 0x7f, i64: 0x7e, v128: 0x7b }

// Natural alignment (log2 of the access size) of each memory instruction; the hint only
// matters to engines on strict-alignment hardware, and all the kernels' accesses are aligned.
const MEMORY_OPCODES = {
  'i64.load': { opcode: [0x29], align: 3 },
  'i64.store': { opcode: [0x37], align: 3 },
  'v128.load': { opcode: [0xfd, 0x00], align: 4 },
  'v128.store': { opcode: [0xfd, 0x0b], align: 4 },
} as const

/**
 * Writes the body of one WebAssembly function, instruction by instruction, as a stack-machine
 * program (the same order as the text format's flat form). Locals are declared on the go with
 * `local()`; `encodeWasmModule` turns finished builders into a module. The kit uses it to build
 * its Argon2 kernel at run time from TypeScript, so that no compiled binary is committed and
 * every instruction stays readable in review.
 *
 * @example
 * const add = new WasmFunctionBuilder(['i32', 'i32'], ['i32'])
 * add.get(0).get(1).op('i32.add')
 * const bytes = encodeWasmModule({ functions: [{ builder: add, exportName: 'add' }] })
 */
export class WasmFunctionBuilder {
  readonly params: readonly WasmValueType[]
  readonly results: readonly WasmValueType[]
  private readonly locals: WasmValueType[] = []
  private readonly code: number[] = []

  constructor(params: readonly WasmValueType[], results: readonly WasmValueType[] = []) {
    this.params = params
    this.results = results
  }

  /** Declares a local and returns its index (parameters come first, from 0). */
  local(type: WasmValueType): number {
    this.locals.push(type)
    return this.params.length + this.locals.length - 1
  }

  op(name: WasmOpcodeName): this {
    return this.emit(...WASM_OPCODES[name])
  }

  get(index: number): this {
    return this.emit(0x20).unsigned(index)
  }

  set(index: number): this {
    return this.emit(0x21).unsigned(index)
  }

  tee(index: number): this {
    return this.emit(0x22).unsigned(index)
  }

  i32(value: number): this {
    this.emit(0x41)
    leb128.signed(value, this.code)
    return this
  }

  /** `i64.const`; exact for |value| < 2^53. */
  i64(value: number): this {
    this.emit(0x42)
    leb128.signed(value, this.code)
    return this
  }

  /** A load or store; `offset` is the constant added to the address on the stack. */
  memory(name: keyof typeof MEMORY_OPCODES, offset = 0): this {
    const { opcode, align } = MEMORY_OPCODES[name]
    return this.emit(...opcode)
      .unsigned(align)
      .unsigned(offset)
  }

  /** `i8x16.shuffle`: byte i of the result is byte `lanes[i]` of (first operand ‖ second). */
  shuffle(lanes: readonly number[]): this {
    if (lanes.length !== 16 || lanes.some((lane) => lane < 0 || lane > 31)) {
      throw new RangeError('i8x16.shuffle takes 16 lane indices from 0 to 31')
    }
    return this.emit(0xfd, 0x0d, ...lanes)
  }

  /** Structured control: `block`, `loop` and `if` open a label, `end` closes it. */
  block(): this {
    return this.emit(0x02, 0x40)
  }

  loop(): this {
    return this.emit(0x03, 0x40)
  }

  if(): this {
    return this.emit(0x04, 0x40)
  }

  else(): this {
    return this.emit(0x05)
  }

  end(): this {
    return this.emit(0x0b)
  }

  /** Branch to the label `depth` levels out (0 = innermost). */
  br(depth: number): this {
    return this.emit(0x0c).unsigned(depth)
  }

  brIf(depth: number): this {
    return this.emit(0x0d).unsigned(depth)
  }

  call(functionIndex: number): this {
    return this.emit(0x10).unsigned(functionIndex)
  }

  private emit(...bytes: readonly number[]): this {
    for (const byte of bytes) this.code.push(byte)
    return this
  }

  private unsigned(value: number): this {
    leb128.unsigned(value, this.code)
    return this
  }

  /** The function's `code` entry body: locals grouped by runs of one type, instructions, `end`. */
  body(): number[] {
    const groups: [number, WasmValueType][] = []
    for (const type of this.locals) {
      const last = groups[groups.length - 1]
      if (last && last[1] === type) last[0]++
      else groups.push([1, type])
    }
    const body = leb128.unsigned(groups.length)
    for (const [count, type] of groups) leb128.unsigned(count, body).push(VALUE_TYPE_BYTE[type])
    return body.concat(this.code, [0x0b])
  }

  /** The function type, as the type section encodes it. */
  signature(): number[] {
    const bytes = leb128.unsigned(this.params.length, [0x60])
    for (const type of this.params) bytes.push(VALUE_TYPE_BYTE[type])
    leb128.unsigned(this.results.length, bytes)
    for (const type of this.results) bytes.push(VALUE_TYPE_BYTE[type])
    return bytes
  }
}
