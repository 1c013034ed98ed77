/**
 * A hue (0–359) hashed from a token's symbol or name: the colour of its disc when it has no
 * logo, stable across renders and machines.
 *
 * @example
 * <span style={{ '--ibex-token-hue': tokenHue('EURe') }} />
 */
export function tokenHue(name: string): number {
  // FNV-1a: short, well spread for short strings.
  let hash = 0x811c9dc5
  for (let index = 0; index < name.length; index++) {
    hash ^= name.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0) % 360
}
