import type { ReactNode } from 'react'
import { IconBase, type IconProps } from './IconBase.tsx'

/**
 * Done: a check mark.
 *
 * @example
 * <CheckIcon size={20} />
 */
export function CheckIcon(props: IconProps): ReactNode {
  return (
    <IconBase {...props}>
      <path d="m4.5 12.5 5 5 10-11" />
    </IconBase>
  )
}
