import type { ReactNode } from 'react'
import { useSession } from '../src/exports/index.ts'
import { SessionBar } from './SessionBar.tsx'
import { SignInScreen } from './SignInScreen.tsx'
import { WalletScreen } from './WalletScreen.tsx'

/**
 * The demo wallet: the sign-up / sign-in screen while signed out, the wallet once signed in.
 * `data-ibex` puts the kit's theme variables (`--ibex-*`) on the whole page.
 *
 * @example
 * <IbexProvider config={{ baseUrl, storage: 'localStorage' }}><App /></IbexProvider>
 */
export function App(): ReactNode {
  const session = useSession()
  return (
    <div className="demo" data-ibex="">
      <header className="demo-header">
        <h1>IBEx demo wallet</h1>
        {session.status === 'signed-in' && <SessionBar user={session.user} />}
      </header>
      <main className="demo-main">
        {session.status === 'loading' ? (
          <p role="status">Loading…</p>
        ) : session.status === 'signed-in' ? (
          <WalletScreen user={session.user} />
        ) : (
          <SignInScreen />
        )}
      </main>
    </div>
  )
}
