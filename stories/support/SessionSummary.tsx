import type { ReactNode } from 'react'
import { useSession } from '../../src/react/hooks/useSession.ts'

/**
 * What the session holds, as an app's header would show it: signed out, or the signed-in user's
 * Safe address on the session's chain (`data-testid="safe-address"`). Needs `<IbexProvider>`.
 *
 * @example
 * render: (args) => (<><PasskeyButton {...args} /><SessionSummary /></>)
 */
export function SessionSummary(): ReactNode {
  const { status, user } = useSession()
  if (status !== 'signed-in') {
    return <p data-testid="session-status">{status === 'loading' ? 'Loading…' : 'Signed out'}</p>
  }
  const safeAddress = user.safeAddresses[String(user.chainId)]
  return (
    <p data-testid="session-status" style={{ margin: 0, overflowWrap: 'anywhere' }}>
      Signed in. Safe on chain {user.chainId}:{' '}
      <code data-testid="safe-address">{safeAddress ?? 'none'}</code>
    </p>
  )
}
