import type { ReactNode } from 'react'
import { SignUp } from '../../src/components/SignUp/SignUp.tsx'
import { useSession } from '../../src/react/hooks/useSession.ts'
import { AccountScreen } from './AccountScreen.tsx'
import { StoryLogo } from './StoryLogo.tsx'

/** Props of {@link PasskeyWallet}. */
export interface PasskeyWalletProps {
  /** The wallet's content once signed in (balances, a form…), below the Safe address. */
  children?: ReactNode
}

/**
 * The start of every wallet flow story: signed out, the kit's `SignUp` card with the passkey
 * only (its "Create a passkey" button makes a new mock user, whose Safe starts with
 * 100 EUR-IBEX, 100 USD-IBEX and 0.01 ETH); signed in, the app's header ({@link AccountScreen}: the kit's `AccountMenu`
 * with Sign out, and the Safe address) with `children` below it. Needs `<IbexProvider>`; a play
 * gets past it with `signUpInPlay(canvasElement)`.
 *
 * @example
 * render: () => <PasskeyWallet><WalletBalances /></PasskeyWallet>
 */
export function PasskeyWallet({ children }: PasskeyWalletProps): ReactNode {
  const { status } = useSession()
  if (status === 'loading') return null
  if (status === 'signed-in')
    return (
      <div style={{ display: 'grid', gap: 'var(--ibex-space-4)' }}>
        <AccountScreen />
        {children}
      </div>
    )
  return <SignUp methods={['passkey']} logo={<StoryLogo />} />
}
