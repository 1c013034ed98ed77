import type { ReactNode } from 'react'
import { IconBase, type IconProps } from './IconBase.tsx'

/**
 * Outgoing funds: an arrow up out of a tray.
 *
 * @example
 * <ArrowOutIcon size={20} />
 */
export function ArrowOutIcon(props: IconProps): ReactNode {
  return (
    <IconBase {...props}>
      <path d="M12 14V3m0 0L7.5 7.5M12 3l4.5 4.5" />
      <path d="M4 15v3a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-3" />
    </IconBase>
  )
}
