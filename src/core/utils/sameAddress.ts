/**
 * Whether two addresses are the same account: a case-insensitive comparison of already-checked
 * addresses (schemas, `parseAddressInput`, constants). viem's `isAddressEqual` would validate
 * their checksums again and bring its Keccak-256 into every operation.
 *
 * @example
 * sameAddress(to, account.safeAddress)
 */
export function sameAddress(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}
