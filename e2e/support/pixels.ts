import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import { expect, test, type Locator, type Page } from '@playwright/test'

/**
 * Measuring what is on the screen: screenshots decoded to pixels (Chromium's PNGs: 8 bits, RGB or RGBA,
 * not interlaced), so a test can say "this state changes what a person sees" without a stored baseline.
 */
export interface Pixels {
  width: number
  height: number
  /** RGBA, row by row. */
  data: Uint8Array
}

export interface Region {
  x: number
  y: number
  width: number
  height: number
}

export function decodePng(png: Buffer): Pixels {
  let offset = 8
  let width = 0
  let height = 0
  let channels = 0
  const idat: Buffer[] = []
  while (offset < png.length) {
    const length = png.readUInt32BE(offset)
    const type = png.toString('ascii', offset + 4, offset + 8)
    const body = png.subarray(offset + 8, offset + 8 + length)
    if (type === 'IHDR') {
      width = body.readUInt32BE(0)
      height = body.readUInt32BE(4)
      const [bitDepth, colourType, , , interlace] = [body[8], body[9], body[10], body[11], body[12]]
      if (bitDepth !== 8 || (colourType !== 2 && colourType !== 6) || interlace !== 0) throw new Error(`PNG niet ondersteund: ${bitDepth}/${colourType}/${interlace}`)
      channels = colourType === 6 ? 4 : 3
    } else if (type === 'IDAT') {
      idat.push(body)
    } else if (type === 'IEND') {
      break
    }
    offset += 12 + length
  }
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * channels
  const rows = new Uint8Array(height * stride)
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)]
    for (let x = 0; x < stride; x += 1) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0
      const left = x >= channels ? (rows[y * stride + x - channels] ?? 0) : 0
      const up = y > 0 ? (rows[(y - 1) * stride + x] ?? 0) : 0
      const upLeft = y > 0 && x >= channels ? (rows[(y - 1) * stride + x - channels] ?? 0) : 0
      let predictor = 0
      if (filter === 1) predictor = left
      else if (filter === 2) predictor = up
      else if (filter === 3) predictor = (left + up) >> 1
      else if (filter === 4) predictor = paeth(left, up, upLeft)
      rows[y * stride + x] = (value + predictor) & 0xff
    }
  }
  const data = new Uint8Array(width * height * 4)
  for (let pixel = 0; pixel < width * height; pixel += 1) {
    for (let channel = 0; channel < 3; channel += 1) data[pixel * 4 + channel] = rows[pixel * channels + channel] ?? 0
    data[pixel * 4 + 3] = channels === 4 ? (rows[pixel * channels + 3] ?? 255) : 255
  }
  return { width, height, data }
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft
  const [toLeft, toUp, toUpLeft] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)]
  if (toLeft <= toUp && toLeft <= toUpLeft) return left
  return toUp <= toUpLeft ? up : upLeft
}

/** The box of an element, widened so that an outline or a bar just outside it is in the picture. */
export async function regionAround(locator: Locator, margin = 8): Promise<Region> {
  await locator.scrollIntoViewIfNeeded()
  const box = await locator.boundingBox()
  if (!box) throw new Error('Het element staat niet op het scherm.')
  // The size from the element's size alone: the same element gives the same size wherever it stands.
  return { x: Math.max(0, Math.round(box.x - margin)), y: Math.max(0, Math.round(box.y - margin)), width: Math.round(box.width + 2 * margin), height: Math.round(box.height + 2 * margin) }
}

/** A still picture of one part of the viewport: no caret, no running animation. */
export async function shoot(page: Page, region: Region, name?: string): Promise<Pixels> {
  const png = await page.screenshot({ clip: region, animations: 'disabled', caret: 'hide', scale: 'css' })
  // PIXELS_DIR=… keeps the pictures, to see what was measured.
  if (name && process.env.PIXELS_DIR) writeFileSync(join(process.env.PIXELS_DIR, `${name.replace(/[^\w-]+/g, '_')}.png`), png)
  return decodePng(png)
}

/** How many pixels differ by more than anti-aliasing noise; where one picture is larger, the extra part counts as changed. */
export function changedPixels(a: Pixels, b: Pixels, tolerance = 48): number {
  const width = Math.min(a.width, b.width)
  const height = Math.min(a.height, b.height)
  let changed = Math.max(a.width * a.height, b.width * b.height) - width * height
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const [indexA, indexB] = [(y * a.width + x) * 4, (y * b.width + x) * 4]
      for (let channel = 0; channel < 3; channel += 1) {
        if (Math.abs((a.data[indexA + channel] ?? 0) - (b.data[indexB + channel] ?? 0)) > tolerance) {
          changed += 1
          break
        }
      }
    }
  }
  return changed
}

/**
 * Takes the same part of the screen without and with a state and asserts that a person can see the
 * difference: at least `minPixels` pixels change (anti-aliasing noise or a 1 px hairline is not enough).
 * A locator is measured again after each state, so a state that moves or resizes the element counts.
 */
export async function expectStateVisible(
  page: Page,
  what: string,
  target: Locator | (() => Promise<Region>),
  states: { without: () => Promise<void>; with: () => Promise<void> },
  minPixels = 60,
): Promise<number> {
  const region = typeof target === 'function' ? target : () => regionAround(target)
  await states.without()
  const before = await shoot(page, await region(), `${what}-zonder`)
  await states.with()
  const after = await shoot(page, await region(), `${what}-met`)
  const changed = changedPixels(before, after)
  test.info().annotations.push({ type: 'forced colours', description: `${what}: ${changed} px anders` })
  if (process.env.PIXELS_DIR) console.log(`${what}: ${changed} of ${after.width * after.height}`)
  expect(changed, `${what}: zichtbaar verschil in forced colours (pixels)`).toBeGreaterThanOrEqual(minPixels)
  return changed
}

function luminance(data: Uint8Array, index: number): number {
  const channel = (value: number) => {
    const srgb = value / 255
    return srgb <= 0.04045 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(data[index] ?? 0) + 0.7152 * channel(data[index + 1] ?? 0) + 0.0722 * channel(data[index + 2] ?? 0)
}

const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)

/** The colour most pixels have: the background the rest is read against. */
function dominantLuminance(pixels: Pixels): number {
  const counts = new Map<number, number>()
  let best = 0
  let bestCount = 0
  for (let index = 0; index < pixels.data.length; index += 4) {
    const key = ((pixels.data[index] ?? 0) << 16) | ((pixels.data[index + 1] ?? 0) << 8) | (pixels.data[index + 2] ?? 0)
    const count = (counts.get(key) ?? 0) + 1
    counts.set(key, count)
    if (count > bestCount) [best, bestCount] = [index, count]
  }
  return luminance(pixels.data, best)
}

/** Pixels that stand out from the background by at least `ratio` (WCAG: 4.5 for text, 3 for a border). */
export function inkPixels(pixels: Pixels, ratio: number): number {
  const background = dominantLuminance(pixels)
  let ink = 0
  for (let index = 0; index < pixels.data.length; index += 4) if (contrast(luminance(pixels.data, index), background) >= ratio) ink += 1
  return ink
}

/** Full lines (columns or rows) in which nearly every pixel stands out from the background: an edge, such as a border. */
export function edgeLines(pixels: Pixels, direction: 'columns' | 'rows', ratio = 3): number {
  const background = dominantLuminance(pixels)
  const [lines, length] = direction === 'columns' ? [pixels.width, pixels.height] : [pixels.height, pixels.width]
  let edges = 0
  for (let line = 0; line < lines; line += 1) {
    let ink = 0
    for (let along = 0; along < length; along += 1) {
      const [x, y] = direction === 'columns' ? [line, along] : [along, line]
      if (contrast(luminance(pixels.data, (y * pixels.width + x) * 4), background) >= ratio) ink += 1
    }
    if (ink >= length * 0.9) edges += 1
  }
  return edges
}

/** The browser says it is in forced colours: otherwise every measurement here proves nothing. */
export async function expectForcedColours(page: Page): Promise<void> {
  expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), 'forced colours actief').toBe(true)
}
