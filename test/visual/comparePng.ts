import { PNG } from 'pngjs'

/** Options of {@link comparePng}. */
export type ComparePngOptions = {
  /**
   * Per-pixel colour threshold, 0–1, on the perceived (YIQ) difference: below it two pixels
   * count as equal (sub-pixel text rendering, gradients).
   */
  threshold: number
  /** Largest fraction of differing pixels (after the anti-aliasing allowance) that still passes. */
  maxDiffRatio: number
}

/** What {@link comparePng} found. */
export type ComparePngResult = {
  /** Same size, and few enough differing pixels. */
  pass: boolean
  sameSize: boolean
  diffPixels: number
  diffRatio: number
  /** The actual image with differing pixels in red (only when sizes match). */
  diffPng: Buffer | undefined
}

// Largest YIQ distance between two colours (black vs white), to scale the threshold.
const MAX_YIQ_DELTA = 35215

/** Perceived squared colour distance of two RGBA pixels, alpha-blended on white. */
function yiqDelta(a: Uint8Array, i: number, b: Uint8Array, j: number): number {
  const blend = (c: number, alpha: number) => 255 + ((c - 255) * alpha) / 255
  const r1 = blend(a[i] ?? 0, a[i + 3] ?? 255)
  const g1 = blend(a[i + 1] ?? 0, a[i + 3] ?? 255)
  const b1 = blend(a[i + 2] ?? 0, a[i + 3] ?? 255)
  const r2 = blend(b[j] ?? 0, b[j + 3] ?? 255)
  const g2 = blend(b[j + 1] ?? 0, b[j + 3] ?? 255)
  const b2 = blend(b[j + 2] ?? 0, b[j + 3] ?? 255)
  const y = (r1 - r2) * 0.29889531 + (g1 - g2) * 0.58662247 + (b1 - b2) * 0.11448223
  const i_ = (r1 - r2) * 0.59597799 - (g1 - g2) * 0.2741761 - (b1 - b2) * 0.32180189
  const q = (r1 - r2) * 0.21147017 - (g1 - g2) * 0.52261711 + (b1 - b2) * 0.31114694
  return 0.5053 * y * y + 0.299 * i_ * i_ + 0.1957 * q * q
}

/**
 * Whether the pixel (x, y) of `from` has a match within one pixel in `to`: an edge that moved by
 * one pixel, or anti-aliasing drawn one pixel over, is not a difference.
 */
function matchesNearby(from: PNG, to: PNG, x: number, y: number, limit: number): boolean {
  const i = (y * from.width + x) * 4
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      const nx = x + dx
      const ny = y + dy
      if (nx < 0 || ny < 0 || nx >= to.width || ny >= to.height) continue
      if (yiqDelta(from.data, i, to.data, (ny * to.width + nx) * 4) <= limit) return true
    }
  }
  return false
}

/**
 * A perceptual comparison of two PNG screenshots: pixels whose colours differ by more than
 * `threshold` (YIQ, as the eye weighs them) count, unless the same colour is found one pixel
 * away in the other image, both ways (anti-aliasing and one-pixel shifts of an edge, as a
 * Chromium point release draws them). The images match when they have the same size and at most
 * `maxDiffRatio` of their pixels differ: a changed colour, spacing or a missing element moves
 * far more pixels than that.
 *
 * @example
 * const result = comparePng(readFileSync(baseline), screenshot, { threshold: 0.1, maxDiffRatio: 0.0005 })
 */
export function comparePng(
  expected: Buffer,
  actual: Buffer,
  options: ComparePngOptions,
): ComparePngResult {
  const a = PNG.sync.read(expected)
  const b = PNG.sync.read(actual)
  if (a.width !== b.width || a.height !== b.height) {
    return {
      pass: false,
      sameSize: false,
      diffPixels: Number.NaN,
      diffRatio: 1,
      diffPng: undefined,
    }
  }
  const limit = MAX_YIQ_DELTA * options.threshold * options.threshold
  const diff = new PNG({ width: b.width, height: b.height })
  let diffPixels = 0
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      const i = (y * a.width + x) * 4
      const same = yiqDelta(a.data, i, b.data, i) <= limit
      const differs =
        !same && !(matchesNearby(a, b, x, y, limit) && matchesNearby(b, a, x, y, limit))
      if (differs) diffPixels++
      // The diff image: the actual screenshot faded, differing pixels in red.
      diff.data[i] = differs ? 255 : 128 + ((b.data[i] ?? 0) >> 1)
      diff.data[i + 1] = differs ? 0 : 128 + ((b.data[i + 1] ?? 0) >> 1)
      diff.data[i + 2] = differs ? 0 : 128 + ((b.data[i + 2] ?? 0) >> 1)
      diff.data[i + 3] = 255
    }
  }
  const diffRatio = diffPixels / (a.width * a.height)
  return {
    pass: diffRatio <= options.maxDiffRatio,
    sameSize: true,
    diffPixels,
    diffRatio,
    diffPng: PNG.sync.write(diff),
  }
}
