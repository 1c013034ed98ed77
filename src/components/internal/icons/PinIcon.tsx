import type { ReactNode } from 'react'
import { IconBase, type IconProps } from './IconBase.tsx'

/**
 * A PIN: three dots in a rounded field.
 *
 * @example
 * <PinIcon size={20} />
 */
export function PinIcon(props: IconProps): ReactNode {
  return (
    <IconBase {...props}>
      <rect x="2" y="6" width="20" height="12" rx="3" />
      <circle cx="7.5" cy="12" r="0.75" fill="currentColor" />
      <circle cx="12" cy="12" r="0.75" fill="currentColor" />
      <circle cx="16.5" cy="12" r="0.75" fill="currentColor" />
    </IconBase>
  )
}
