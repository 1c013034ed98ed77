import type { ReactNode } from 'react'
import { IconBase, type IconProps } from './IconBase.tsx'

/**
 * An email: an envelope.
 *
 * @example
 * <EmailIcon size={20} />
 */
export function EmailIcon(props: IconProps): ReactNode {
  return (
    <IconBase {...props}>
      <rect x="2.5" y="5" width="19" height="14" rx="2.5" />
      <path d="m3.5 7 8.5 6 8.5-6" />
    </IconBase>
  )
}
