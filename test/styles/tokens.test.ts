// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const tokensCss = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8')

/** `--ibex-<name>: light-dark(#light, #dark)` → { light, dark } per name. */
function readColours(): Map<string, { light: string; dark: string }> {
  const colours = new Map<string, { light: string; dark: string }>()
  const pattern = /--ibex-([\w-]+):\s*light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)/gi
  for (const [, name, light, dark] of tokensCss.matchAll(pattern))
    if (name && light && dark) colours.set(name, { light, dark })
  return colours
}

function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((start) => {
    const channel = Number.parseInt(hex.slice(start, start + 2), 16) / 255
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG 2 contrast ratio. */
function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05)
}

// [foreground, background, minimum ratio]: text 4.5:1, edges and focus 3:1 (WCAG 1.4.3, 1.4.11).
const pairs: Array<[string, string, number]> = [
  ...['bg', 'bg-subtle', 'bg-hover', 'bg-active'].flatMap((bg): Array<[string, string, number]> => [
    ['fg', bg, 4.5],
    ['fg-muted', bg, 4.5],
  ]),
  ...['bg', 'bg-subtle'].flatMap((bg): Array<[string, string, number]> => [
    ['accent-text', bg, 4.5],
    ['danger', bg, 4.5],
    ['success', bg, 4.5],
    ['warning', bg, 4.5],
    ['line-strong', bg, 3],
    ['focus', bg, 3],
    ['accent', bg, 3],
  ]),
  ['on-accent', 'accent', 4.5],
  ['on-accent', 'accent-hover', 4.5],
  ['on-danger', 'danger', 4.5],
  ['on-success', 'success', 4.5],
  ['fg-disabled', 'bg-disabled', 4.5],
  ['accent-text', 'accent-subtle', 4.5],
  ['danger', 'danger-subtle', 4.5],
  ['success', 'success-subtle', 4.5],
  ['warning', 'warning-subtle', 4.5],
  ['fg', 'danger-subtle', 4.5],
  ['fg', 'accent-subtle', 4.5],
]

describe('given the colour tokens of styles.css', () => {
  const colours = readColours()

  it('should define every role in both modes', () => {
    for (const [foreground, background] of pairs) {
      expect(colours.has(foreground), foreground).toBe(true)
      expect(colours.has(background), background).toBe(true)
    }
  })

  it.each(['light', 'dark'] as const)(
    'should reach the contrast of each pair in %s mode',
    (mode) => {
      const failures = pairs
        .map(([foreground, background, minimum]) => {
          const ratio = contrast(
            colours.get(foreground)?.[mode] ?? '#000000',
            colours.get(background)?.[mode] ?? '#000000',
          )
          return {
            pair: `${foreground} on ${background}`,
            ratio: Math.round(ratio * 100) / 100,
            minimum,
          }
        })
        .filter(({ ratio, minimum }) => ratio < minimum)
      expect(failures).toEqual([])
    },
  )

  it('should keep every rule of the stylesheet in a layer and out of the host page', () => {
    const sheets = ['tokens.css', 'primitives.css'].map((file) =>
      readFileSync(new URL(`../../src/styles/${file}`, import.meta.url), 'utf8'),
    )
    for (const sheet of sheets) {
      expect(sheet.trimStart()).toMatch(/^(\/\*[\s\S]*?\*\/\s*)?@layer ibex\.\w+ \{/)
      // No bare element or universal selector at the start of a rule: everything hangs off a class.
      expect(sheet).not.toMatch(/^\s*(html|body|\*|button|input)\b[^{]*\{/m)
    }
  })
})
