import { hexToBytes, type Address } from 'viem'
import { deriveSafeAddresses } from '../../addresses/deriveSafeAddresses.ts'
import type { MockIbexConfig } from '../../MockIbexOptions.ts'
import type { MockUser } from '../../state/MockUser.ts'

/** Binds a proven KDF/email key to a pending user: the signer and its Safes become active. */
export function bindKeySigner(user: MockUser, publicKey: Address, config: MockIbexConfig): void {
  user.publicKey = publicKey
  user.status = 'active'
  user.safeAddress = deriveSafeAddresses(hexToBytes(publicKey), config.chainIds)
}
