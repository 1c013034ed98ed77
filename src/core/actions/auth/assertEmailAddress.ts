import { IbexValidationError } from '../../errors/IbexValidationError.ts'

/**
 * Checks an email address before any request and returns it trimmed; else
 * `validation/email-invalid` on field `email`.
 *
 * @example
 * const email = assertEmailAddress(' alice@example.com ') // 'alice@example.com'
 */
export function assertEmailAddress(email: unknown): string {
  const trimmed = typeof email === 'string' ? email.trim() : ''
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) {
    throw new IbexValidationError({
      code: 'validation/email-invalid',
      field: 'email',
      message: 'Enter a valid email address.',
    })
  }
  return trimmed
}
