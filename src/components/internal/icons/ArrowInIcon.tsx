import type { ReactNode } from 'react'
import { IconBase, type IconProps } from './IconBase.tsx'

/**
 * Incoming funds: an arrow down into a tray.
 *
 * @example
 * <ArrowInIcon size={20} />
 */
export function ArrowInIcon(props: IconProps): ReactNode {
  return (
    <IconBase {...props}>
      <path d="M12 3v11m0 0-4.5-4.5M12 14l4.5-4.5" />
      <path d="M4 15v3a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-3" />
    </IconBase>
  )
}
