/**
 * A recognisable but partial form of an email address, for "Welcome back, a***@example.com".
 *
 * @example
 * maskEmail('alice@example.com') // 'a***@example.com'
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@')
  if (at < 1) return '***'
  return `${email.slice(0, 1)}***${email.slice(at)}`
}
