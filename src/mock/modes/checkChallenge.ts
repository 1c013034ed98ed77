import { MockHttpError } from '../errors/MockHttpError.ts'
import type { MockChallenge, MockTenant } from '../state/MockTenant.ts'

/**
 * The recorded challenge `value` if it was issued by this tenant for this ceremony, is unused and
 * not expired; else VALIDATION, CHALLENGE_USED or EXPIRED. Does not consume it: the caller sets
 * `used` once the cheap checks have passed.
 */
export function checkChallenge(
  tenant: MockTenant,
  value: string,
  expect: Pick<MockChallenge, 'kind' | 'purpose'> & { externalUserId?: string },
  nowMs: number,
): MockChallenge {
  const record = tenant.challenges.get(value)
  if (!record || record.kind !== expect.kind) {
    throw new MockHttpError('VALIDATION', 'Unknown challenge: request a new one with the GET step')
  }
  if (record.purpose !== expect.purpose) {
    throw new MockHttpError('VALIDATION', `This challenge was issued for ${record.purpose}`)
  }
  if (expect.externalUserId !== undefined && record.externalUserId !== expect.externalUserId) {
    throw new MockHttpError('VALIDATION', 'This challenge was issued to another user')
  }
  if (record.used) throw new MockHttpError('CHALLENGE_USED', 'This challenge was already used')
  if (nowMs > record.expiresAt) throw new MockHttpError('EXPIRED', 'This challenge has expired')
  return record
}
