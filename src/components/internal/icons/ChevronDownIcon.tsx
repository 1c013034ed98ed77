import type { ReactNode } from 'react'
import { IconBase, type IconProps } from './IconBase.tsx'

/**
 * Opens a menu or a list: a chevron pointing down (rotate it for other directions).
 *
 * @example
 * <ChevronDownIcon size={20} />
 */
export function ChevronDownIcon(props: IconProps): ReactNode {
  return (
    <IconBase {...props}>
      <path d="m6 9 6 6 6-6" />
    </IconBase>
  )
}
