import type { ReactNode } from 'react'
import { IconBase, type IconProps } from './IconBase.tsx'

/**
 * A wallet, for external wallets and the account.
 *
 * @example
 * <WalletIcon size={20} />
 */
export function WalletIcon(props: IconProps): ReactNode {
  return (
    <IconBase {...props}>
      <path d="M19 7V5.5A1.5 1.5 0 0 0 17.5 4H5a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2v-9a2 2 0 0 0-2-2H5" />
      <circle cx="16.5" cy="13.5" r="1" fill="currentColor" />
    </IconBase>
  )
}
