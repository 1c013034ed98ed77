/**
 * The ways a private key's bytes could be written down where a leak check looks: hex (with or
 * without `0x`, either case), base64 and base64url.
 *
 * @example
 * for (const form of keyForms(privateKey)) expect(storage).not.toContain(form)
 */
export function keyForms(key: Uint8Array): string[] {
  const bytes = Buffer.from(key)
  const hex = bytes.toString('hex')
  return [hex, hex.toUpperCase(), bytes.toString('base64'), bytes.toString('base64url')]
}
