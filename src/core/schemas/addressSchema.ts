import * as v from 'valibot'
import type { Address } from 'viem'
import { isHexAddress } from '../utils/isHexAddress.ts'

/**
 * An EVM address: `0x` and 40 hex digits, any case (IBEx checksums in some places only).
 *
 * @example
 * v.parse(addressSchema, '0xd676...') // typed as viem's Address
 */
export const addressSchema = v.custom<Address>(
  isHexAddress,
  'Expected an EVM address (0x and 40 hex digits).',
)
