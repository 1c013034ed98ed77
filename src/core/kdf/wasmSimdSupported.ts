import { argon2KernelBytes } from './argon2KernelBytes.ts'

let supported: boolean | undefined

/**
 * Whether this engine runs the kit's Argon2 SIMD kernel: `WebAssembly.validate` on the kernel
 * itself, so that the answer covers exactly the instructions it uses (128-bit SIMD shipped in
 * Chrome 91, Firefox 89, Safari 16.4, Node 16.4). Computed once: building the bytes takes a few
 * milliseconds in a cold worker, and `argon2idEngine` compiles those same bytes.
 *
 * @returns `true` when `argon2idWasmSimd` can run here.
 * @example
 * const derive = wasmSimdSupported() ? argon2idWasmSimd : argon2idHashWasm
 */
export function wasmSimdSupported(): boolean {
  supported ??= typeof WebAssembly === 'object' && WebAssembly.validate(argon2KernelBytes())
  return supported
}
