import type { IbexLocale } from './IbexMessages.ts'

const pluralRules = new Map<string, Intl.PluralRules>()

function pluralCategory(locale: IbexLocale, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale)
  if (!rules) {
    rules = new Intl.PluralRules(locale)
    pluralRules.set(locale, rules)
  }
  return rules.select(count)
}

/** Reads one `{…}` group from `start` (an opening brace) and returns its end, braces balanced. */
function closingBrace(template: string, start: number): number {
  let depth = 0
  for (let index = start; index < template.length; index++) {
    if (template[index] === '{') depth++
    else if (template[index] === '}' && --depth === 0) return index
  }
  return -1
}

/** `=0 {none} one {# digit} other {# digits}` → branches by selector. */
function pluralBranches(body: string): Map<string, string> {
  const branches = new Map<string, string>()
  let index = 0
  while (index < body.length) {
    const open = body.indexOf('{', index)
    if (open < 0) break
    const close = closingBrace(body, open)
    if (close < 0) break
    branches.set(body.slice(index, open).trim(), body.slice(open + 1, close))
    index = close + 1
  }
  return branches
}

/**
 * Fills the placeholders of a message. `{name}` takes a value; `{name, plural, one {…} other
 * {…}}` picks a branch with `Intl.PluralRules` for `locale` (`=N` branches first, then the
 * category, then `other`), where `#` is the number, formatted for the locale. Unknown
 * placeholders are left as they are so a mistake in an override stays visible.
 *
 * @example
 * formatMessage('{count} of {length} digits entered', { count: 3, length: 6 }) // '3 of 6 digits entered'
 * formatMessage('{count, plural, one {# token} other {# tokens}}', { count: 2 }, 'en') // '2 tokens'
 */
export function formatMessage(
  template: string,
  values: Record<string, string | number>,
  locale: IbexLocale = 'en',
): string {
  let result = ''
  let index = 0
  while (index < template.length) {
    const open = template.indexOf('{', index)
    if (open < 0) break
    const close = closingBrace(template, open)
    if (close < 0) break
    result += template.slice(index, open)
    const inner = template.slice(open + 1, close)
    const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner)
    const name = plural ? plural[1] : inner
    const value = name === undefined ? undefined : values[name]
    if (plural && typeof value === 'number') {
      const branches = pluralBranches(plural[2] ?? '')
      const branch =
        branches.get(`=${value}`) ??
        branches.get(pluralCategory(locale, value)) ??
        branches.get('other') ??
        ''
      const number = new Intl.NumberFormat(locale).format(value)
      result += formatMessage(branch.replaceAll('#', number), values, locale)
    } else if (!plural && value !== undefined && /^\w+$/.test(inner)) {
      result += String(value)
    } else {
      result += template.slice(open, close + 1)
    }
    index = close + 1
  }
  return result + template.slice(index)
}
