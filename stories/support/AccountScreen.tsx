import { useEffect, useId, useRef, type ReactNode } from 'react'
import { AccountMenu } from '../../src/components/AccountMenu/AccountMenu.tsx'
import { useSession } from '../../src/react/hooks/useSession.ts'
import { StoryLogo } from './StoryLogo.tsx'

/** Props of {@link AccountScreen}. */
export interface AccountScreenProps {
  /** Called once the user signed out from the account menu. */
  onSignedOut?: (() => void) | undefined
  /** The rest of the app (balances, a transfer form…). */
  children?: ReactNode
}

/**
 * What a signed-in app shows in the flow stories: a header with the app's brand and the kit's
 * `AccountMenu` (address, network, total, Sign out), and the Safe address (`data-testid="safe-address"`, read by the play functions). The heading takes
 * focus when it appears, so keyboard users land on the new screen.
 *
 * @example
 * if (status === 'signed-in') return <AccountScreen onSignedOut={() => setMode('sign-in')} />
 */
export function AccountScreen({ onSignedOut, children }: AccountScreenProps): ReactNode {
  const session = useSession()
  const headingId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])
  const user = session.status === 'signed-in' ? session.user : null
  const safe = user ? user.safeAddresses[String(user.chainId)] : undefined
  return (
    <section
      aria-labelledby={headingId}
      style={{
        display: 'grid',
        gap: 'var(--ibex-space-4)',
        padding: 'var(--ibex-space-5)',
        background: 'var(--ibex-bg)',
        border: '1px solid var(--ibex-line)',
        borderRadius: 'var(--ibex-radius-4)',
        boxShadow: 'var(--ibex-shadow-1)',
      }}
    >
      <header
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: 'var(--ibex-space-3)',
          flexWrap: 'wrap',
        }}
      >
        {/* The app's brand, the same in every language; the logo is its picture, not more text. */}
        <h2
          id={headingId}
          ref={headingRef}
          tabIndex={-1}
          style={{
            display: 'flex',
            alignItems: 'center',
            gap: 'var(--ibex-space-2)',
            margin: 0,
            fontSize: 'var(--ibex-font-size-5)',
            outline: 'none',
          }}
        >
          <span aria-hidden="true" style={{ display: 'inline-flex' }}>
            <StoryLogo size={32} />
          </span>
          Acme
        </h2>
        <AccountMenu onSignOut={onSignedOut} />
      </header>
      <p style={{ margin: 0, color: 'var(--ibex-fg-muted)', fontSize: 'var(--ibex-font-size-2)' }}>
        Safe{' '}
        <code
          data-testid="safe-address"
          style={{
            color: 'var(--ibex-fg)',
            fontFamily: 'var(--ibex-font-mono)',
            overflowWrap: 'anywhere',
          }}
        >
          {safe ?? ''}
        </code>
      </p>
      {children}
    </section>
  )
}
