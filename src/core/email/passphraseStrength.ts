/** Key of the advice to show; the UI maps it to a translated sentence. */
export type PassphraseHint =
  'too-short' | 'common' | 'repeated' | 'sequence' | 'add-variety' | 'add-length' | 'strong'

export type PassphraseStrength = {
  /** 0 (trivial) to 4 (strong). */
  score: 0 | 1 | 2 | 3 | 4
  /** The most useful advice first. */
  hint: PassphraseHint
}

// A few passwords every cracking list starts with; a dependency-free check, not a dictionary.
const COMMON = new Set([
  'password',
  'passw0rd',
  'passphrase',
  'qwerty',
  'qwertyuiop',
  'azerty',
  'azertyuiop',
  'letmein',
  'iloveyou',
  'welcome',
  'admin',
  'monkey',
  'dragon',
  'football',
  'baseball',
  'sunshine',
  'princess',
  'motdepasse',
  'bonjour',
  'soleil',
  'abc123',
  'trustno1',
  'changeme',
])

const KEYBOARD_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'azertyuiop', 'wxcvbn']

function isSequenceStep(previous: string, current: string): boolean {
  const a = previous.toLowerCase()
  const b = current.toLowerCase()
  const delta = (b.codePointAt(0) ?? 0) - (a.codePointAt(0) ?? 0)
  if (delta === 1 || delta === -1) return true
  return KEYBOARD_ROWS.some((row) => {
    const i = row.indexOf(a)
    return i !== -1 && (row[i + 1] === b || row[i - 1] === b)
  })
}

function poolSize(chars: readonly string[]): { size: number; classes: number } {
  const has = [/[a-z]/, /[A-Z]/, /[0-9]/, /[\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/, /[^\p{ASCII}]/u]
  const sizes = [26, 26, 10, 33, 100]
  let size = 0
  let classes = 0
  has.forEach((pattern, i) => {
    if (chars.some((char) => pattern.test(char))) {
      size += sizes[i] as number
      classes += 1
    }
  })
  return { size: Math.max(size, 1), classes }
}

/**
 * Rates a backup passphrase for advice in the UI: an entropy estimate from length and character
 * variety, discounting repeats (`aaaa`), runs (`abcd`, `4321`, `qwer`) and a short list of common
 * passwords. A heuristic without a dictionary, so it overrates common words; it never blocks,
 * `validatePassphrase` does.
 *
 * @param passphrase - What the user is typing.
 * @param minLength - Below it the hint is `too-short`. @default 8
 * @returns `{ score, hint }`.
 * @example
 * passphraseStrength('password1') // { score: 0, hint: 'common' }
 * passphraseStrength('correct horse battery staple') // { score: 4, hint: 'strong' }
 */
export function passphraseStrength(passphrase: string, minLength = 8): PassphraseStrength {
  const chars = [...passphrase.normalize('NFKC')]
  let repeats = 0
  let steps = 0
  chars.forEach((char, i) => {
    const previous = chars[i - 1]
    if (previous === undefined) return
    if (char === previous) repeats += 1
    else if (isSequenceStep(previous, char)) steps += 1
  })
  // A repeated or sequential character adds almost nothing an attacker must guess.
  const effectiveLength = chars.length - 0.75 * (repeats + steps)
  const { size, classes } = poolSize(chars)
  const core = passphrase
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]+$/, '')
    .replace(/[0-9]+$/, '')
  const common = COMMON.has(core) || COMMON.has(passphrase.toLowerCase())
  const bits = common ? 0 : effectiveLength * Math.log2(size)
  let score: PassphraseStrength['score'] =
    bits < 28 ? 0 : bits < 36 ? 1 : bits < 60 ? 2 : bits < 80 ? 3 : 4
  if (chars.length < minLength && score > 1) score = 1

  let hint: PassphraseHint = 'strong'
  if (chars.length < minLength) hint = 'too-short'
  else if (common) hint = 'common'
  else if (repeats * 3 >= chars.length) hint = 'repeated'
  else if (steps * 3 >= chars.length) hint = 'sequence'
  else if (score < 4 && classes === 1) hint = 'add-variety'
  else if (score < 3) hint = 'add-length'
  return { score, hint }
}
