import type { ReactNode } from 'react'
import { IconBase, type IconProps } from './IconBase.tsx'

/**
 * Sign out: an arrow leaving a door.
 *
 * @example
 * <SignOutIcon size={20} />
 */
export function SignOutIcon(props: IconProps): ReactNode {
  return (
    <IconBase {...props}>
      <path d="M9 20H6a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h3" />
      <path d="M16 16.5 20.5 12 16 7.5M20.5 12H9" />
    </IconBase>
  )
}
