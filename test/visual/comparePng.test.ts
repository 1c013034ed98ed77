import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { comparePng } from './comparePng.ts'
import { visualTolerance } from './visualTolerance.ts'

// Synthetic "stories" at the visual test's viewport: a card with a border, a button and a line
// of "text" (dark glyph bars with anti-aliased edges), drawn with small variations.
const WIDTH = 720
const HEIGHT = 560

type Rgb = readonly [number, number, number]
type Drawing = {
  /** Offset of the whole card, in pixels. */
  dx?: number
  dy?: number
  button?: Rgb
  /** Gap between the button and the text line (a spacing token). */
  gap?: number
  /** Colour of the text. */
  ink?: Rgb
  /** Whether the button is there at all. */
  withButton?: boolean
  /** Grey level of the anti-aliasing fringe of the glyphs (a rasteriser detail). */
  fringe?: number
}

const WHITE: Rgb = [255, 255, 255]
const BORDER: Rgb = [210, 210, 215]
const INK: Rgb = [20, 20, 25]
const GREEN: Rgb = [22, 101, 52]

function draw(options: Drawing = {}): Buffer {
  const {
    dx = 0,
    dy = 0,
    button = GREEN,
    gap = 16,
    ink = INK,
    withButton = true,
    fringe = 150,
  } = options
  const png = new PNG({ width: WIDTH, height: HEIGHT })
  const set = (x: number, y: number, [r, g, b]: Rgb) => {
    if (x < 0 || y < 0 || x >= WIDTH || y >= HEIGHT) return
    const i = (y * WIDTH + x) * 4
    png.data[i] = r
    png.data[i + 1] = g
    png.data[i + 2] = b
    png.data[i + 3] = 255
  }
  const rect = (x: number, y: number, w: number, h: number, colour: Rgb) => {
    for (let yy = y; yy < y + h; yy++) for (let xx = x; xx < x + w; xx++) set(xx, yy, colour)
  }
  rect(0, 0, WIDTH, HEIGHT, WHITE)
  const left = 200 + dx
  const top = 150 + dy
  // The card's 1-px border.
  rect(left, top, 320, 1, BORDER)
  rect(left, top + 239, 320, 1, BORDER)
  rect(left, top, 1, 240, BORDER)
  rect(left + 319, top, 1, 240, BORDER)
  if (withButton) rect(left + 24, top + 24, 160, 40, button)
  // Twelve "glyphs": 8 × 12 dark bars with a grey fringe on both sides.
  const textTop = top + 24 + 40 + gap
  for (let glyph = 0; glyph < 12; glyph++) {
    const x = left + 24 + glyph * 14
    rect(x - 1, textTop, 1, 12, [fringe, fringe, fringe])
    rect(x, textTop, 8, 12, ink)
    rect(x + 8, textTop, 1, 12, [fringe, fringe, fringe])
  }
  return PNG.sync.write(png)
}

const compare = (actual: Buffer) => comparePng(draw(), actual, visualTolerance)

describe('given the visual test tolerance', () => {
  it('should pass the same drawing', () => {
    expect(compare(draw())).toMatchObject({ pass: true, diffPixels: 0 })
  })

  it('should pass an anti-aliasing change, as a Chromium update draws glyph edges', () => {
    expect(compare(draw({ fringe: 110 })).pass).toBe(true)
    expect(compare(draw({ fringe: 200 })).pass).toBe(true)
  })

  it('should pass a whole card drawn one pixel over', () => {
    for (const [dx, dy] of [
      [1, 0],
      [0, 1],
      [-1, 0],
      [1, 1],
    ] as const) {
      expect(compare(draw({ dx, dy })).pass).toBe(true)
    }
  })

  it('should fail a changed colour', () => {
    // Green to a darker green: another token, a visible change.
    const result = compare(draw({ button: [21, 128, 61] }))
    expect(result.pass).toBe(false)
    expect(result.diffPixels).toBeGreaterThan(5000)
  })

  it('should fail a changed text colour, even between the fringe greys', () => {
    // The glyphs a lighter grey: still darker than their fringe, not a blend of what is around.
    expect(compare(draw({ ink: [90, 90, 95] })).pass).toBe(false)
  })

  it('should fail a changed spacing', () => {
    // A 16 px gap that became 20 px: the line of text moved under the button.
    expect(compare(draw({ gap: 20 })).pass).toBe(false)
    expect(compare(draw({ gap: 18 })).pass).toBe(false)
  })

  it('should fail a missing element', () => {
    expect(compare(draw({ withButton: false })).pass).toBe(false)
  })

  it('should fail a shift of the layout by more than a pixel', () => {
    expect(compare(draw({ dx: 3 })).pass).toBe(false)
  })

  it('should fail a size change, as a longer page or a wrapped line makes', () => {
    const taller = new PNG({ width: WIDTH, height: HEIGHT + 20 })
    taller.data.fill(255)
    const result = compare(PNG.sync.write(taller))
    expect(result).toMatchObject({ pass: false, sameSize: false })
  })
})
