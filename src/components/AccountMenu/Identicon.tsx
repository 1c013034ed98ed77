import type { ReactNode } from 'react'

/** Props of {@link Identicon}. */
export interface IdenticonProps {
  /** The address drawn. */
  address: string
  /** Class of the `<svg>`. */
  className?: string | undefined
}

/**
 * A picture of an address: a 5 × 5 mirrored grid and two colours, all taken from the address's
 * hex digits, so the same Safe always looks the same and two Safes rarely alike. Decorative:
 * the address itself is always written beside it.
 *
 * @example
 * <Identicon address={safeAddress} />
 */
export function Identicon({ address, className }: IdenticonProps): ReactNode {
  const hex = address.toLowerCase().replace(/^0x/, '').padEnd(40, '0')
  const digit = (index: number) => Number.parseInt(hex[index % hex.length] ?? '0', 16)
  const hue = (digit(0) * 16 + digit(1)) * (360 / 256)
  const cells: Array<{ x: number; y: number }> = []
  for (let y = 0; y < 5; y++)
    for (let x = 0; x < 3; x++)
      if (digit(2 + y * 3 + x) % 2 === 0) {
        cells.push({ x, y })
        if (x < 2) cells.push({ x: 4 - x, y })
      }
  return (
    <svg
      className={className}
      viewBox="0 0 5 5"
      aria-hidden="true"
      focusable="false"
      shapeRendering="crispEdges"
      data-part="identicon"
    >
      <rect width="5" height="5" fill={`hsl(${(hue + 180) % 360} 45% 88%)`} />
      {cells.map(({ x, y }) => (
        <rect key={`${x}-${y}`} x={x} y={y} width="1" height="1" fill={`hsl(${hue} 60% 38%)`} />
      ))}
    </svg>
  )
}
