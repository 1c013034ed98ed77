import type { Hex } from 'viem'
import { MockHttpError } from '../../errors/MockHttpError.ts'
import { requiredAddress, requiredObject } from '../../http/bodyFields.ts'
import type { MockAuthorization } from '../../state/MockUser.ts'

function integerField(fields: Record<string, unknown>, key: string, min: number): number {
  const value = fields[key]
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw new MockHttpError('VALIDATION', `authorization.${key} must be an integer ≥ ${min}`)
  }
  return value
}

function word(fields: Record<string, unknown>, key: string): Hex {
  const value = fields[key]
  if (typeof value !== 'string' || !/^0x[0-9a-fA-F]{1,64}$/.test(value)) {
    throw new MockHttpError('VALIDATION', `authorization.${key} must be 0x-hex of at most 32 bytes`)
  }
  return value as Hex
}

/**
 * The `authorization` of a `POST /v1.2/users/me/delegations` body: `{ chainId, address, nonce,
 * r, s, yParity }` with numbers for the integers, else 400 VALIDATION. A chain id of 0 (valid
 * on every chain) is refused: a delegation is per chain (docs/protocol.md).
 *
 * @example
 * const authorization = parseAuthorization(await ctx.body())
 */
export function parseAuthorization(body: Record<string, unknown>): MockAuthorization {
  const fields = requiredObject(body, 'authorization')
  const yParity = fields.yParity
  if (yParity !== 0 && yParity !== 1) {
    throw new MockHttpError('VALIDATION', 'authorization.yParity must be 0 or 1')
  }
  return {
    chainId: integerField(fields, 'chainId', 1),
    address: requiredAddress(fields.address, 'authorization.address'),
    nonce: integerField(fields, 'nonce', 0),
    r: word(fields, 'r'),
    s: word(fields, 's'),
    yParity,
  }
}
