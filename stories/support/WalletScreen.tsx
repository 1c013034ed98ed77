import type { CSSProperties, ReactNode } from 'react'
import { useSignOut } from '../../src/react/hooks/useSignOut.ts'
import { FlowScreen } from './FlowScreen.tsx'
import { SessionSummary } from './SessionSummary.tsx'

// A secondary button in the kit's tokens, as an app's own button beside the kit's would be.
const signOutStyle: CSSProperties = {
  justifySelf: 'start',
  height: 'var(--ibex-control-height)',
  padding: '0 var(--ibex-space-4)',
  border: '1px solid var(--ibex-line-strong)',
  borderRadius: 'var(--ibex-radius-2)',
  background: 'var(--ibex-bg)',
  color: 'var(--ibex-fg)',
  font: 'inherit',
  fontWeight: 'var(--ibex-font-weight-medium)',
  cursor: 'pointer',
}

/** Props of {@link WalletScreen}. */
export interface WalletScreenProps {
  /** Called once the user is signed out (e.g. to show the sign-in screen next). */
  onSignedOut?: (() => void) | undefined
  /** More of the wallet (balances, a transfer form…), below the Safe address. */
  children?: ReactNode
}

/**
 * The signed-in screen of a flow story: "Your wallet", the session's Safe address
 * ({@link SessionSummary}) and a "Sign out" button. Needs `<IbexProvider>`.
 *
 * @example
 * if (status === 'signed-in') return <WalletScreen onSignedOut={() => setMode('sign-in')} />
 */
export function WalletScreen({ onSignedOut, children }: WalletScreenProps): ReactNode {
  const signOut = useSignOut()
  return (
    <FlowScreen title="Your wallet">
      <SessionSummary />
      {children}
      <button
        type="button"
        style={signOutStyle}
        disabled={signOut.isPending}
        onClick={() => signOut.mutate(undefined, { onSuccess: onSignedOut })}
      >
        Sign out
      </button>
    </FlowScreen>
  )
}
