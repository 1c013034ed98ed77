import type { ReactNode } from 'react'
import { IconBase, type IconProps } from './IconBase.tsx'

/**
 * Copy to the clipboard: two overlapping sheets.
 *
 * @example
 * <CopyIcon size={20} />
 */
export function CopyIcon(props: IconProps): ReactNode {
  return (
    <IconBase {...props}>
      <rect x="8" y="8" width="13" height="13" rx="2" />
      <path d="M16 8V5a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v9a2 2 0 0 0 2 2h3" />
    </IconBase>
  )
}
