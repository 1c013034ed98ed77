import { useEffect, useRef, useState, type ReactNode } from 'react'
import { createSecondStoryUser, type SecondStoryUser } from './createSecondStoryUser.ts'

/** Props of {@link SecondUserPanel}. */
export interface SecondUserPanelProps {
  /** The story user's Safe: shows a "Send 5 EUR-IBEX from another user" button paying it. */
  payTo?: string | undefined
}

/** How often the second user's balance is read from the mock's ledger. */
const POLL_MS = 200
const AMOUNT = '5'
const SYMBOL = 'EUR-IBEX'

/**
 * Another user of the mock, for a {@link MockPanel}: "Create a second user" signs one up (a
 * passkey of the software authenticator, a client of their own) and shows their Safe
 * (`data-testid="second-user-safe"`, to paste as a recipient) and their EUR-IBEX
 * (`data-testid="second-user-balance"`). With `payTo`, "Send 5 EUR-IBEX from another user"
 * makes them pay the story's user through the mock (a real signed transfer), creating them
 * first if needed. What happens is said in a polite live region. Their session ends on unmount.
 *
 * @example
 * <MockPanel><SecondUserPanel payTo={safeAddress} /></MockPanel>
 */
export function SecondUserPanel({ payTo }: SecondUserPanelProps): ReactNode {
  const [secondUser, setSecondUser] = useState<SecondStoryUser | undefined>(undefined)
  const [balance, setBalance] = useState<string | undefined>(undefined)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')
  const creating = useRef<Promise<SecondStoryUser> | undefined>(undefined)
  const mounted = useRef(true)

  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
      void creating.current?.then(
        (user) => user.destroy(),
        () => {},
      )
      creating.current = undefined
    }
  }, [])

  useEffect(() => {
    if (!secondUser) return
    // The mock has no change events for its ledger; reading a local map costs nothing.
    const read = () => setBalance(secondUser.balance(SYMBOL))
    read()
    const timer = setInterval(read, POLL_MS)
    return () => clearInterval(timer)
  }, [secondUser])

  async function run(task: (user: SecondStoryUser) => Promise<string>, pending: string) {
    if (busy) return
    setBusy(true)
    setMessage(pending)
    try {
      creating.current ??= createSecondStoryUser()
      const user = await creating.current
      if (!mounted.current) return
      setSecondUser(user)
      const done = await task(user)
      if (mounted.current) setMessage(done)
    } catch (error) {
      if (!mounted.current) return
      creating.current = undefined
      setMessage(`It did not work: ${error instanceof Error ? error.message : String(error)}`)
    } finally {
      if (mounted.current) setBusy(false)
    }
  }

  return (
    <div style={{ display: 'grid', gap: '0.5rem', justifyItems: 'start' }}>
      {secondUser ? (
        <span style={{ overflowWrap: 'anywhere' }}>
          Second user’s Safe: <code data-testid="second-user-safe">{secondUser.safe}</code>, holding{' '}
          <span data-testid="second-user-balance">
            {balance ?? '…'} {SYMBOL}
          </span>
        </span>
      ) : (
        <button
          type="button"
          aria-disabled={busy || undefined}
          onClick={() =>
            void run(async () => 'The second user is ready.', 'Signing up a second user…')
          }
        >
          Create a second user
        </button>
      )}
      {payTo ? (
        <button
          type="button"
          aria-disabled={busy || undefined}
          onClick={() =>
            void run(async (user) => {
              await user.send(payTo, AMOUNT, SYMBOL)
              return `The second user sent you ${AMOUNT} ${SYMBOL}.`
            }, `The second user is sending you ${AMOUNT} ${SYMBOL}…`)
          }
        >
          Send {AMOUNT} {SYMBOL} from another user
        </button>
      ) : null}
      <span role="status" data-testid="second-user-status">
        {message}
      </span>
    </div>
  )
}
