import type { ComparePngOptions } from './comparePng.ts'

/**
 * How far a screenshot may stray from its baseline: a Chromium point release or a one-pixel
 * anti-aliasing change stays under it; a changed colour, spacing or missing element does not
 * (test/visual/comparePng.test.ts shows both on synthetic images).
 *
 * - `threshold`: per-pixel perceived colour distance (YIQ, 0–1) below which two pixels are equal:
 *   0.05 lets rounding of shadows and gradients through, not a token's colour change (green-800
 *   to green-700 is about 0.075). Anti-aliased edges are told apart by comparePng itself.
 * - `maxDiffRatio`: share of pixels that may still differ (after the one-pixel shift allowance):
 *   0.05 % of a 720 × 560 story is about 200 pixels, a glyph or two.
 */
export const visualTolerance: ComparePngOptions = { threshold: 0.05, maxDiffRatio: 0.0005 }
