/**
 * An address shortened for display (`0x391f…9bE2`); the full address stays in `title` or in the
 * accessible text next to it.
 *
 * @example
 * shortAddress('0x391f0bA3c5fC7c6fF0a7e3a0C2b1D8e5F6a79bE2') // '0x391f…9bE2'
 */
export function shortAddress(address: string): string {
  return address.length > 12 ? `${address.slice(0, 6)}…${address.slice(-4)}` : address
}
