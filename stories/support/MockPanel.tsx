import { useEffect, useId, useState, type CSSProperties, type ReactNode } from 'react'
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

const control: CSSProperties = {
  minHeight: '2.25rem',
  padding: '0 var(--ibex-space-3)',
  font: 'inherit',
  color: 'var(--ibex-fg)',
  background: 'var(--ibex-bg)',
  border: '1px solid var(--ibex-line-strong)',
  borderRadius: 'var(--ibex-radius-2)',
}

/**
 * A panel beside a flow story showing what only the mock knows: the last email code in its
 * outbox for any address typed in its Mailbox field (what that user would read in their
 * mailbox; empty: the newest code sent to anyone), and a button that resets the mock. Not part of
 * the kit: it reads `storyMock` directly.
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
  const [typed, setTyped] = useState('')
  const mailbox = typed.trim() || email
  const fieldId = useId()
  // The mock has no change events for its outbox: re-read it on a tick (a local array, cheap).
  const [, setTick] = useState(0)
  useEffect(() => {
    const timer = setInterval(() => setTick((tick) => tick + 1), POLL_MS)
    return () => clearInterval(timer)
  }, [])
  const entry = latestEntry(mailbox)

  return (
    <section
      aria-label="Mock IBEx"
      data-mock-panel=""
      style={{
        display: 'grid',
        gap: 'var(--ibex-space-2)',
        justifyItems: 'start',
        padding: 'var(--ibex-space-3) var(--ibex-space-4)',
        border: '1px dashed var(--ibex-line-strong)',
        borderRadius: 'var(--ibex-radius-3)',
        fontFamily: 'var(--ibex-font-family)',
        fontSize: 'var(--ibex-font-size-2)',
        color: 'var(--ibex-fg-muted)',
      }}
    >
      <strong style={{ color: 'var(--ibex-fg)' }}>Mock IBEx (not part of the kit)</strong>
      <label htmlFor={fieldId}>Mailbox (any address; empty: the newest code)</label>
      <input
        id={fieldId}
        type="email"
        value={typed}
        placeholder={email ?? 'ada@example.com'}
        onChange={(event) => setTyped(event.target.value)}
        style={{ ...control, width: '100%', boxSizing: 'border-box' }}
      />
      <span>
        Last email code{mailbox ? ` for ${mailbox}` : ''}:{' '}
        <code
          data-testid="mock-otp"
          style={{ color: 'var(--ibex-fg)', fontSize: 'var(--ibex-font-size-3)' }}
        >
          {entry?.code ?? 'none yet'}
        </code>
        {entry && !mailbox ? ` (to ${entry.email})` : null}
      </span>
      {children}
      <button type="button" onClick={resetStoryMock} style={{ ...control, cursor: 'pointer' }}>
        Reset mock IBEx
      </button>
    </section>
  )
}
