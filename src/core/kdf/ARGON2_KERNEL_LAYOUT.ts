/**
 * Byte offsets in the memory of the kit's Argon2 kernel. Four 1 KiB scratch blocks come first so
 * that the kernel reaches them through constant offsets; Argon2's m' blocks follow, lane after
 * lane (block j of lane l at `firstBlock + (l * laneLength + j) * 1024`).
 *
 * @example
 * const pages = Math.ceil((ARGON2_KERNEL_LAYOUT.firstBlock + blocks * 1024) / 65536)
 */
export const ARGON2_KERNEL_LAYOUT = {
  /** Stays all zero: the first operand of G when data-independent addresses are generated. */
  zeroBlock: 0,
  /** Argon2i/id's address-generation input (pass, lane, slice, m', t, type, counter). */
  inputBlock: 1024,
  /** The 128 pseudo-random values of the current address block. */
  addressBlock: 2048,
  /** G's R = X ⊕ Y (⊕ the old block from pass 2 on), kept for the final XOR. */
  scratchBlock: 3072,
  firstBlock: 4096,
} as const
