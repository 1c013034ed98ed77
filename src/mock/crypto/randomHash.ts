import { bytesToHex, type Hex } from 'viem'
import type { MockRandom } from './createRandom.ts'

/** 32 random bytes as 0x-hex: a userOpHash or a transaction hash. */
export function randomHash(random: MockRandom): Hex {
  return bytesToHex(random.bytes(32))
}
