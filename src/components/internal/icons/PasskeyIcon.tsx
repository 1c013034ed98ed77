import type { ReactNode } from 'react'
import { IconBase, type IconProps } from './IconBase.tsx'

/**
 * A passkey: a person beside a key (the usual passkey glyph).
 *
 * @example
 * <PasskeyIcon size={20} />
 */
export function PasskeyIcon(props: IconProps): ReactNode {
  return (
    <IconBase {...props}>
      <circle cx="9" cy="7.5" r="3.5" />
      <path d="M2.5 20v-1.5A4.5 4.5 0 0 1 7 14h4" />
      <circle cx="17.5" cy="12.5" r="2.5" />
      <path d="M17.5 15v6l1.5-1.25L17.5 18.5l1.5-1.25" />
    </IconBase>
  )
}
