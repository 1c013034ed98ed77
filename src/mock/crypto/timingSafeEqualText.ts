/** Compares two strings in time that depends on their lengths only (for a shared secret). */
export function timingSafeEqualText(a: string, b: string): boolean {
  const left = new TextEncoder().encode(a)
  const right = new TextEncoder().encode(b)
  let difference = left.length ^ right.length
  for (let index = 0; index < right.length; index += 1) {
    difference |= (left[index % Math.max(left.length, 1)] ?? 0) ^ (right[index] ?? 0)
  }
  return difference === 0
}
