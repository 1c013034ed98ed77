import type { ReactNode } from 'react'
import { IconBase, type IconProps } from './IconBase.tsx'

/**
 * A swap: two opposite arrows.
 *
 * @example
 * <SwapIcon size={20} />
 */
export function SwapIcon(props: IconProps): ReactNode {
  return (
    <IconBase {...props}>
      <path d="M7 4 3.5 7.5 7 11M3.5 7.5h13" />
      <path d="m17 13 3.5 3.5L17 20m3.5-3.5h-13" />
    </IconBase>
  )
}
