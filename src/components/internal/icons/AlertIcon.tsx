import type { ReactNode } from 'react'
import { IconBase, type IconProps } from './IconBase.tsx'

/**
 * A problem: an exclamation mark in a circle (error and warning banners).
 *
 * @example
 * <AlertIcon size={20} />
 */
export function AlertIcon(props: IconProps): ReactNode {
  return (
    <IconBase {...props}>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7.5v5.5" />
      <circle cx="12" cy="16.5" r="0.75" fill="currentColor" />
    </IconBase>
  )
}
