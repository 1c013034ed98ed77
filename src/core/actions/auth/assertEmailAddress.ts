import { IbexValidationError } from '../../errors/IbexValidationError.ts'

// Controls (NUL, newline, DEL), format characters (zero-width spaces and joiners, the BOM,
// bidirectional overrides) and separators (no-break spaces): invisible or misleading in an
// address, and a way to make two addresses look the same.
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Z}\s]/u

function isValid(email: string): boolean {
  // RFC 5321: 254 characters at most in a path, 64 in the local part, 63 in a label.
  if (email.length > 254 || FORBIDDEN.test(email)) return false
  const at = email.lastIndexOf('@')
  const local = email.slice(0, at)
  const domain = email.slice(at + 1)
  if (at < 1 || local.includes('@') || local.length > 64) return false
  if (local.split('.').some((part) => part === '')) return false
  const labels = domain.split('.')
  return labels.length >= 2 && labels.every((label) => label !== '' && label.length <= 63)
}

/**
 * Checks an email address before any request and returns it without the spaces and line breaks
 * around it; else `validation/email-invalid` on field `email`. Refused: more than 254
 * characters, control, zero-width or other invisible characters, spaces inside, empty labels
 * (`a@b..c`), a domain without a dot.
 *
 * @example
 * const email = assertEmailAddress(' alice@example.com ') // 'alice@example.com'
 */
export function assertEmailAddress(email: unknown): string {
  const trimmed = typeof email === 'string' ? email.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '') : ''
  if (!isValid(trimmed)) {
    throw new IbexValidationError({
      code: 'validation/email-invalid',
      field: 'email',
      message: 'Enter a valid email address.',
    })
  }
  return trimmed
}
