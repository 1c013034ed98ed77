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
  /** The actual image with differing pixels in red (only when it fails with the same size). */
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

/** Luma of the pixel at `i`, alpha-blended on white. */
function luma(data: Uint8Array, i: number): number {
  const alpha = data[i + 3] ?? 255
  const blend = (c: number) => 255 + ((c - 255) * alpha) / 255
  return (
    blend(data[i] ?? 0) * 0.29889531 +
    blend(data[i + 1] ?? 0) * 0.58662247 +
    blend(data[i + 2] ?? 0) * 0.11448223
  )
}

/**
 * Whether the pixel (x, y) of `from` is strictly between the darkest and the lightest pixel
 * around (x, y) in `to`: a blend of the colours on either side of an edge, as anti-aliasing
 * paints it. An edge that moved, or a colour that changed, gives a pixel at or beyond the
 * extremes instead.
 */
function blendsNeighbours(from: PNG, to: PNG, x: number, y: number): boolean {
  const value = luma(from.data, (y * from.width + x) * 4)
  let darkest = Infinity
  let lightest = -Infinity
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      const nx = x + dx
      const ny = y + dy
      if (nx < 0 || ny < 0 || nx >= to.width || ny >= to.height) continue
      const around = luma(to.data, (ny * to.width + nx) * 4)
      darkest = Math.min(darkest, around)
      lightest = Math.max(lightest, around)
    }
  }
  // A margin of a few levels: a pixel equal to an extreme, give or take rounding, is no blend.
  return value > darkest + 4 && value < lightest - 4
}

/**
 * A perceptual comparison of two PNG screenshots: pixels whose colours differ by more than
 * `threshold` (YIQ, as the eye weighs them) count, unless the same colour is found one pixel
 * away in the other image, both ways (one-pixel shifts of an edge), or the pixel is, in both
 * images, a blend between the darkest and lightest pixels around it in the other (anti-aliasing
 * drawn with other weights), as a Chromium point release draws them. The images match when they
 * have the same size and at most `maxDiffRatio` of their pixels differ: a changed colour,
 * spacing or a missing element moves far more pixels than that.
 *
 * @example
 * const result = comparePng(readFileSync(baseline), screenshot, visualTolerance)
 */
export function comparePng(
  expected: Buffer,
  actual: Buffer,
  options: ComparePngOptions,
): ComparePngResult {
  if (expected.equals(actual)) {
    return { pass: true, sameSize: true, diffPixels: 0, diffRatio: 0, diffPng: undefined }
  }
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
  const differing = new Uint8Array(a.width * a.height)
  let diffPixels = 0
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      const i = (y * a.width + x) * 4
      if (yiqDelta(a.data, i, b.data, i) <= limit) continue
      // Not a difference: the colour one pixel away (an edge moved by one pixel), or a blend
      // of the neighbours' colours in both images (anti-aliasing drawn otherwise).
      if (matchesNearby(a, b, x, y, limit) && matchesNearby(b, a, x, y, limit)) continue
      if (blendsNeighbours(a, b, x, y) && blendsNeighbours(b, a, x, y)) continue
      differing[y * a.width + x] = 1
      diffPixels++
    }
  }
  const diffRatio = diffPixels / (a.width * a.height)
  const pass = diffRatio <= options.maxDiffRatio
  return {
    pass,
    sameSize: true,
    diffPixels,
    diffRatio,
    diffPng: pass ? undefined : diffImage(b, differing),
  }
}

/** The actual screenshot faded, its differing pixels in red. */
function diffImage(actual: PNG, differing: Uint8Array): Buffer {
  const diff = new PNG({ width: actual.width, height: actual.height })
  for (let p = 0; p < differing.length; p++) {
    const i = p * 4
    const differs = differing[p] === 1
    diff.data[i] = differs ? 255 : 128 + ((actual.data[i] ?? 0) >> 1)
    diff.data[i + 1] = differs ? 0 : 128 + ((actual.data[i + 1] ?? 0) >> 1)
    diff.data[i + 2] = differs ? 0 : 128 + ((actual.data[i + 2] ?? 0) >> 1)
    diff.data[i + 3] = 255
  }
  return PNG.sync.write(diff)
}
