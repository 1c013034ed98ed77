import { useEffect, useState, type ReactNode } from 'react'
import type { MockOutboxEntry } from '../../src/mock/state/MockState.ts'
import { resetStoryMock } from './resetStoryMock.ts'
import { storyMock } from './storyMock.ts'

/** Props of {@link MockPanel}. */
export interface MockPanelProps {
  /** Whose last email code to show. Left out: the newest code sent to anyone. */
  email?: string | undefined
  /** Extra controls of the story (push a balance as another user…), shown above the reset. */
  children?: ReactNode
}

/** How often the panel reads the mock: a code shows up within this delay of being sent. */
const POLL_MS = 200

function latestEntry(email: string | undefined): MockOutboxEntry | undefined {
  return email ? storyMock.outbox(email) : storyMock.state.outbox.at(-1)
}

/**
 * A panel beside a flow story showing what only the mock knows: the last email code in its
 * outbox (what the user would read in their mailbox), and a button that resets the mock. Not part
 * of the kit: it reads `storyMock` directly.
 *
 * @example
 * render: () => (
 *   <>
 *     <EmailSignUp />
 *     <MockPanel email="ada@example.com" />
 *   </>
 * )
 */
export function MockPanel({ email, children }: MockPanelProps): ReactNode {
  const [entry, setEntry] = useState(() => latestEntry(email))
  useEffect(() => {
    // The mock has no change events for its outbox; polling a local array costs nothing.
    const timer = setInterval(() => setEntry(latestEntry(email)), POLL_MS)
    return () => clearInterval(timer)
  }, [email])

  return (
    <section
      aria-label="Mock IBEx"
      data-mock-panel=""
      style={{
        display: 'grid',
        gap: '0.5rem',
        justifyItems: 'start',
        padding: '0.75rem 1rem',
        border: '1px dashed var(--ibex-line-strong)',
        borderRadius: '0.5rem',
        fontSize: '0.875rem',
        color: 'var(--ibex-fg-muted)',
      }}
    >
      <strong style={{ color: 'var(--ibex-fg)' }}>Mock IBEx (not part of the kit)</strong>
      <span>
        Last email code{email ? ` for ${email}` : ''}:{' '}
        <code data-testid="mock-otp" style={{ color: 'var(--ibex-fg)', fontSize: '1rem' }}>
          {entry?.code ?? 'none yet'}
        </code>
        {entry && !email ? ` (to ${entry.email})` : null}
      </span>
      {children}
      <button type="button" onClick={resetStoryMock}>
        Reset mock IBEx
      </button>
    </section>
  )
}
