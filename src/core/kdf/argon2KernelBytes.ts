import { ARGON2_KERNEL_LAYOUT } from './ARGON2_KERNEL_LAYOUT.ts'
import { encodeWasmModule } from './encodeWasmModule.ts'
import { WasmFunctionBuilder } from './WasmFunctionBuilder.ts'

const { zeroBlock, inputBlock, addressBlock, scratchBlock, firstBlock } = ARGON2_KERNEL_LAYOUT

// Measured on Node 20 (V8 11.3), x64, G alone on L1-resident blocks, per 65536 blocks:
// - fBlaMka's 32×32→64 product: the low halves of two registers gathered by one shuffle, then
//   i64x2.extmul_low/high_i32x4_u, 23 ms; a gather per register then extmul_low, 25 ms;
//   masking with v128.and then i64x2.mul (three pmuludq in V8), 32 ms.
// - Interleaving: P on one row or column at a time, 31 ms; two, 23 ms; four, 21 ms but with
//   heavy spilling and a slower optimising compile, which a worker pays on every job.
// - Rotations by 24 and 16 as two shifts and an OR instead of one shuffle: no difference.
// A pass over 64 MiB costs about 12 ms more than that: the random reference block comes from
// RAM. Touching the next block's reference (known once column 0 of this block is done) with
// plain loads, for want of a prefetch instruction, made a pass slower (36 → 41–47 ms): the loads
// stall retirement all the same.
const WAYS = 2

// i8x16.shuffle patterns. Bytes are little-endian, so rotating a u64 right by 8k bits takes
// byte (i + k) mod 8 of the same u64.
const rotateRight = (bytes: number) =>
  Array.from({ length: 16 }, (_, i) => (i & 8) + (((i & 7) + bytes) & 7))
const ROTR_32 = rotateRight(4)
const ROTR_24 = rotateRight(3)
const ROTR_16 = rotateRight(2)
// The high u64 of the first operand, then the low u64 of the second (x86 palignr).
const HIGH_LOW = [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]
// The low 32 bits of the two u64 of the first operand, then of the second (x86 shufps).
const LOWS_OF_TWO = [0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27]

/** Four v128 locals that G updates lane-wise. */
type Quarter = { a: number; b: number; c: number; d: number }
type Temps = { x: number; y: number; z: number }

/**
 * Emits Blake2b's round without message (Argon2's permutation P) over states of eight v128
 * locals holding sixteen u64 `v0..v15` in pairs: `s[0] = (v0, v1)`, …, `s[7] = (v14, v15)`. The
 * column step runs G on (v0,v4,v8,v12)…(v3,v7,v11,v15), which is lane-wise G on (s0,s2,s4,s6)
 * and (s1,s3,s5,s7); the diagonal step needs (v5,v6)/(v7,v4) and (v15,v12)/(v13,v14), built with
 * two-register shuffles, while (v10,v11)/(v8,v9) is just s5/s4 renamed. Independent states are
 * interleaved step by step: G is one long dependency chain, and the CPU overlaps chains only
 * when their instructions sit close together.
 */
function emitPermutations(f: WasmFunctionBuilder, states: readonly number[][], temps: Temps) {
  // x ← x + y + 2 · lo32(x) · lo32(y), for pairs of quarters.
  const blaMka = (pairs: readonly (readonly [number, number])[]) => {
    for (let i = 0; i < pairs.length; i += 2) {
      const [[x0, y0], [x1, y1]] = [pairs[i], pairs[i + 1]] as [[number, number], [number, number]]
      f.get(x0).get(x1).shuffle(LOWS_OF_TWO).set(temps.x)
      f.get(y0).get(y1).shuffle(LOWS_OF_TWO).set(temps.y)
      f.get(x0).get(y0).op('i64x2.add').get(temps.x).get(temps.y)
      f.op('i64x2.extmul_low_i32x4_u').i32(1).op('i64x2.shl').op('i64x2.add').set(x0)
      f.get(x1).get(y1).op('i64x2.add').get(temps.x).get(temps.y)
      f.op('i64x2.extmul_high_i32x4_u').i32(1).op('i64x2.shl').op('i64x2.add').set(x1)
    }
  }
  // target ← rotr64(target ⊕ other, bits)
  const xorRotate = (pairs: readonly (readonly [number, number])[], bits: 32 | 24 | 16 | 63) => {
    for (const [target, other] of pairs) {
      f.get(target).get(other).op('v128.xor').tee(temps.z).get(temps.z)
      if (bits === 63) {
        // rotr 63 = rotl 1, and x + x = x << 1.
        f.op('i64x2.add').get(temps.z).i32(63).op('i64x2.shr_u').op('v128.or')
      } else {
        f.shuffle(bits === 32 ? ROTR_32 : bits === 24 ? ROTR_24 : ROTR_16)
      }
      f.set(target)
    }
  }
  const g = (quarters: readonly Quarter[]) => {
    const pick = (first: keyof Quarter, second: keyof Quarter) =>
      quarters.map((quarter) => [quarter[first], quarter[second]] as const)
    blaMka(pick('a', 'b'))
    xorRotate(pick('d', 'a'), 32)
    blaMka(pick('c', 'd'))
    xorRotate(pick('b', 'c'), 24)
    blaMka(pick('a', 'b'))
    xorRotate(pick('d', 'a'), 16)
    blaMka(pick('c', 'd'))
    xorRotate(pick('b', 'c'), 63)
  }
  // p ← first.high ‖ second.low and q ← second.high ‖ first.low, where (first, second) is (p, q)
  // or (q, p).
  const exchange = (p: number, q: number, forward: boolean) => {
    const [first, second] = forward ? [p, q] : [q, p]
    f.get(first).get(second).shuffle(HIGH_LOW).set(temps.x)
    f.get(second).get(first).shuffle(HIGH_LOW).set(q)
    f.get(temps.x).set(p)
  }
  const eight = (s: number[]) =>
    s as [number, number, number, number, number, number, number, number]
  // Column step on (s0,s2,s4,s6), (s1,s3,s5,s7); diagonal step, once s2, s3, s6, s7 hold
  // (v5,v6), (v7,v4), (v15,v12), (v13,v14): on (s0,s2,s5,s6), (s1,s3,s4,s7).
  const quarters = (diagonal: boolean) =>
    states.flatMap((s) => {
      const [s0, s1, s2, s3, s4, s5, s6, s7] = eight(s)
      return [
        { a: s0, b: s2, c: diagonal ? s5 : s4, d: s6 },
        { a: s1, b: s3, c: diagonal ? s4 : s5, d: s7 },
      ]
    })

  g(quarters(false))
  for (const s of states) {
    const [, , s2, s3, , , s6, s7] = eight(s)
    exchange(s2, s3, true)
    exchange(s6, s7, false)
  }
  g(quarters(true))
  // And back.
  for (const s of states) {
    const [, , s2, s3, , , s6, s7] = eight(s)
    exchange(s2, s3, false)
    exchange(s6, s7, true)
  }
}

/**
 * compress(prev, ref, out, xor): Argon2's G at byte offsets. R = prev ⊕ ref; P on the eight rows
 * (v128 8r .. 8r+7), then on the eight columns (v128 8r + j, r = 0..7); out = that ⊕ R, also ⊕
 * the old out when `xor` ≠ 0 (version 0x13, passes after the first). R (then R ⊕ old out) lives
 * in the scratch block and the rows' result in `out`, which keeps `out == ref` safe.
 */
function buildCompress(): WasmFunctionBuilder {
  const f = new WasmFunctionBuilder(['i32', 'i32', 'i32', 'i32'])
  const [prev, ref, out, xor] = [0, 1, 2, 3]
  const states = Array.from({ length: WAYS }, () =>
    Array.from({ length: 8 }, () => f.local('v128')),
  )
  const temps = { x: f.local('v128'), y: f.local('v128'), z: f.local('v128') }
  const offset = f.local('i32')
  const at = (base: number) => f.get(base).get(offset).op('i32.add')
  const each = (visit: (local: number, way: number, k: number) => void) =>
    states.forEach((s, way) => s.forEach((local, k) => visit(local, way, k)))
  const loop = (step: number, end: number, body: () => void) => {
    f.i32(0).set(offset).loop()
    body()
    f.get(offset).i32(step).op('i32.add').tee(offset).i32(end).op('i32.lt_u').brIf(0).end()
  }

  // R = prev ⊕ ref for the whole block first: the 16 cache lines of ref (a random block, most
  // likely in RAM) are then requested together instead of two by two along the row loop.
  loop(128, 1024, () => {
    for (let k = 0; k < 8; k++) {
      f.get(offset)
      at(prev).memory('v128.load', 16 * k)
      at(ref).memory('v128.load', 16 * k)
      f.op('v128.xor').memory('v128.store', scratchBlock + 16 * k)
    }
  })

  // Rows, WAYS at a time: `offset` = 128 · r.
  loop(128 * WAYS, 1024, () => {
    each((local, way, k) => {
      f.get(offset)
        .memory('v128.load', scratchBlock + 128 * way + 16 * k)
        .set(local)
    })
    f.get(xor).if()
    each((local, way, k) => {
      f.get(offset).get(local)
      at(out).memory('v128.load', 128 * way + 16 * k)
      f.op('v128.xor').memory('v128.store', scratchBlock + 128 * way + 16 * k)
    })
    f.end()
    emitPermutations(f, states, temps)
    each((local, way, k) =>
      at(out)
        .get(local)
        .memory('v128.store', 128 * way + 16 * k),
    )
  })

  // Columns, WAYS at a time: `offset` = 16 · j.
  loop(16 * WAYS, 128, () => {
    each((local, way, r) =>
      at(out)
        .memory('v128.load', 16 * way + 128 * r)
        .set(local),
    )
    emitPermutations(f, states, temps)
    each((local, way, r) => {
      at(out).get(local)
      f.get(offset)
        .memory('v128.load', scratchBlock + 16 * way + 128 * r)
        .op('v128.xor')
      f.memory('v128.store', 16 * way + 128 * r)
    })
  })
  return f
}

/** nextAddresses(): counter + 1, then address block = G(0, G(0, input block)). */
function buildNextAddresses(compress: number): WasmFunctionBuilder {
  const f = new WasmFunctionBuilder([])
  f.i32(0)
    .i32(0)
    .memory('i64.load', inputBlock + 48)
    .i64(1)
    .op('i64.add')
  f.memory('i64.store', inputBlock + 48)
  f.i32(zeroBlock).i32(inputBlock).i32(addressBlock).i32(0).call(compress)
  f.i32(zeroBlock).i32(addressBlock).i32(addressBlock).i32(0).call(compress)
  return f
}

/**
 * fillSegment(pass, slice, lane, lanes, laneLength, segmentLength): one Argon2id segment, as
 * RFC 9106 §3.4 and the reference `fill_segment` compute it. The caller writes the input block
 * (counter at 0) before a data-independent segment (pass 0, slices 0 and 1). The reference index
 * is computed on i64, exactly: J1² and |W| · x need 64 bits, more than a JS double holds.
 * G stays a function of its own, called per block: V8 replaces a function by its optimised
 * version between calls, never during one, so a segment loop holding G would run it unoptimised
 * for a whole segment on the first (in a worker, the only) derivation.
 */
function buildFillSegment(compress: number, nextAddresses: number): WasmFunctionBuilder {
  const f = new WasmFunctionBuilder(['i32', 'i32', 'i32', 'i32', 'i32', 'i32'])
  const [pass, slice, lane, lanes, laneLength, segmentLength] = [0, 1, 2, 3, 4, 5]
  const i32 = () => f.local('i32')
  const [first, independent, index, current, previous, refLane, areaBase, start, area] = [
    i32(),
    i32(),
    i32(),
    i32(),
    i32(),
    i32(),
    i32(),
    i32(),
    i32(),
  ]
  const [pseudoRandom, j1] = [f.local('i64'), f.local('i64')]
  const blockOffset = (block: number) =>
    f.get(block).i32(10).op('i32.shl').i32(firstBlock).op('i32.add')

  // first: pass 0, slice 0, whose blocks 0 and 1 come from H' and which sees its own lane only.
  f.get(pass).get(slice).op('i32.or').op('i32.eqz').set(first)
  f.get(pass).op('i32.eqz').get(slice).i32(2).op('i32.lt_u').op('i32.and').set(independent)
  f.get(first).i32(1).op('i32.shl').set(index)
  f.get(first).if().call(nextAddresses).end()
  f.get(lane).get(laneLength).op('i32.mul').get(slice).get(segmentLength).op('i32.mul')
  f.op('i32.add').get(index).op('i32.add').set(current)
  // Start of the reference window: 0 in pass 0 and in the last slice, else the next segment.
  f.get(slice).i32(1).op('i32.add').get(segmentLength).op('i32.mul').i32(0)
  f.get(pass).i32(0).op('i32.ne').get(slice).i32(3).op('i32.ne').op('i32.and').op('select')
  f.set(start)
  // Reference area before the per-block adjustment: finished segments of pass 0, else three.
  f.get(slice).get(segmentLength).op('i32.mul').get(laneLength).get(segmentLength).op('i32.sub')
  f.get(pass).op('i32.eqz').op('select').set(areaBase)

  f.block().loop()
  f.get(index).get(segmentLength).op('i32.ge_u').brIf(1)
  // The previous block: the lane's last one for block 0 of a lane.
  f.get(current).i32(1).op('i32.sub').get(laneLength).i32(0)
  f.get(slice).get(index).op('i32.or').op('i32.eqz').op('select').op('i32.add').set(previous)
  f.get(independent).if()
  f.get(index).i32(127).op('i32.and').op('i32.eqz').if().call(nextAddresses).end()
  f.get(index).i32(127).op('i32.and').i32(3).op('i32.shl').memory('i64.load', addressBlock)
  f.set(pseudoRandom)
  f.else()
  blockOffset(previous).memory('i64.load').set(pseudoRandom)
  f.end()
  // J2 mod lanes picks the lane (the own lane in the first slice).
  f.get(lane).get(pseudoRandom).i64(32).op('i64.shr_u').op('i32.wrap_i64').get(lanes)
  f.op('i32.rem_u').get(first).op('select').set(refLane)
  // |W|: the own lane also offers this segment's blocks but the previous one; another lane
  // offers its finished segments, minus their last block while this one is at index 0.
  f.get(areaBase)
  f.get(index).i32(1).op('i32.sub').i32(0).get(index).op('i32.eqz').op('i32.sub')
  f.get(refLane).get(lane).op('i32.eq').op('select').op('i32.add').set(area)

  // compress(prev, ref, out, xor from the second pass on)
  blockOffset(previous)
  // ref = block (start + |W| - 1 - (|W| · ((J1 · J1) >> 32) >> 32)) mod laneLength of refLane.
  f.get(refLane).get(laneLength).op('i32.mul')
  f.get(start).get(area).op('i32.add').i32(1).op('i32.sub')
  f.get(area).op('i64.extend_i32_u')
  f.get(pseudoRandom).op('i32.wrap_i64').op('i64.extend_i32_u').tee(j1).get(j1).op('i64.mul')
  f.i64(32).op('i64.shr_u').op('i64.mul').i64(32).op('i64.shr_u').op('i32.wrap_i64')
  f.op('i32.sub').get(laneLength).op('i32.rem_u').op('i32.add')
  f.i32(10).op('i32.shl').i32(firstBlock).op('i32.add')
  blockOffset(current)
  f.get(pass).call(compress)

  f.get(index).i32(1).op('i32.add').set(index)
  f.get(current).i32(1).op('i32.add').set(current)
  f.br(0).end().end()
  return f
}

let bytes: Uint8Array<ArrayBuffer> | undefined

/**
 * The bytes of the kit's Argon2 kernel, a WebAssembly module using 128-bit SIMD that imports its
 * memory as `env.memory` (laid out as {@link ARGON2_KERNEL_LAYOUT}) and exports
 * `compress(prev, ref, out, xor)` (G) and
 * `fillSegment(pass, slice, lane, lanes, laneLength, segmentLength)`. Built from TypeScript at run
 * time, so that the repository holds no opaque binary, once per realm (a few milliseconds in a
 * cold worker). The same array is returned every time: do not modify it.
 *
 * @returns Module bytes for `WebAssembly.validate` / `WebAssembly.compile`.
 * @example
 * const module = await WebAssembly.compile(argon2KernelBytes())
 */
export function argon2KernelBytes(): Uint8Array<ArrayBuffer> {
  const compress = 0
  const nextAddresses = 1
  bytes ??= encodeWasmModule({
    memory: { minPages: 1 },
    functions: [
      { builder: buildCompress(), exportName: 'compress' },
      { builder: buildNextAddresses(compress) },
      { builder: buildFillSegment(compress, nextAddresses), exportName: 'fillSegment' },
    ],
  })
  return bytes
}

/** What an instance of {@link argon2KernelBytes} exports (byte offsets, block counts). */
export type Argon2KernelExports = {
  compress(prev: number, ref: number, out: number, xor: number): void
  fillSegment(
    pass: number,
    slice: number,
    lane: number,
    lanes: number,
    laneLength: number,
    segmentLength: number,
  ): void
}
