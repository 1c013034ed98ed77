import type { ReactNode } from 'react'
import { IconBase, type IconProps } from './IconBase.tsx'

/**
 * Opens in a new tab (explorer links): an arrow leaving a box.
 *
 * @example
 * <ExternalLinkIcon size={20} />
 */
export function ExternalLinkIcon(props: IconProps): ReactNode {
  return (
    <IconBase {...props}>
      <path d="M14 4h6v6M20 4l-9 9" />
      <path d="M18 14v4a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h4" />
    </IconBase>
  )
}
