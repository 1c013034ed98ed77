/** The ten digits in the order of a phone keypad. */
export const KEYPAD_DIGITS: readonly string[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0']

function randomIndex(bound: number): number {
  // Rejection sampling: a plain modulo would favour small indices.
  const limit = Math.floor(0x1_0000_0000 / bound) * bound
  const buffer = new Uint32Array(1)
  for (;;) {
    crypto.getRandomValues(buffer)
    const sample = buffer[0] ?? 0
    if (sample < limit) return sample % bound
  }
}

/**
 * The ten digits in a uniformly random order (Fisher–Yates over `crypto.getRandomValues`), so
 * an observer cannot tell the PIN from where the fingers land.
 *
 * @example
 * shuffledDigits() // e.g. ['7', '0', '3', …]
 */
export function shuffledDigits(): string[] {
  const digits = [...KEYPAD_DIGITS]
  for (let index = digits.length - 1; index > 0; index--) {
    const other = randomIndex(index + 1)
    const held = digits[index] as string
    digits[index] = digits[other] as string
    digits[other] = held
  }
  return digits
}
