import type { ReactNode } from 'react'
import { AccountMenu } from '../../src/components/AccountMenu/AccountMenu.tsx'
import { useSession } from '../../src/react/hooks/useSession.ts'

/**
 * What the session holds, as an app's header would show it: nothing while signed out; signed
 * in, the kit's `AccountMenu` and the Safe's address (`data-testid="safe-address"`). The
 * wrapper's `data-status` (`loading | signed-out | signed-in`, `data-testid="session-status"`)
 * lets a play check the session in every language. Needs `<IbexProvider>`.
 *
 * @example
 * render: (args) => (<><PasskeyButton {...args} /><SessionSummary /></>)
 */
export function SessionSummary(): ReactNode {
  const { status, user } = useSession()
  const safeAddress = user ? user.safeAddresses[String(user.chainId)] : undefined
  return (
    <div
      data-testid="session-status"
      data-status={status}
      style={{ display: 'grid', gap: 'var(--ibex-space-2)', justifyItems: 'center' }}
    >
      {status === 'signed-in' && (
        <>
          <AccountMenu />
          <p
            style={{
              margin: 0,
              color: 'var(--ibex-fg-muted)',
              fontSize: 'var(--ibex-font-size-2)',
              overflowWrap: 'anywhere',
            }}
          >
            Safe{' '}
            <code
              data-testid="safe-address"
              style={{ color: 'var(--ibex-fg)', fontFamily: 'var(--ibex-font-mono)' }}
            >
              {safeAddress ?? ''}
            </code>
          </p>
        </>
      )}
    </div>
  )
}
