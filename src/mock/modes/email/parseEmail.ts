import { MockHttpError } from '../../errors/MockHttpError.ts'

/** A trimmed, lower-cased email address, else 400 VALIDATION. */
export function parseEmail(value: unknown): string {
  const email = typeof value === 'string' ? value.trim().toLowerCase() : ''
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
    throw new MockHttpError('VALIDATION', 'email is required (a valid address)')
  }
  return email
}
