import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { useLastUser } from '../src/exports/index.ts'
import { EmailPanel } from './EmailPanel.tsx'
import { PasskeyPanel } from './PasskeyPanel.tsx'
import { PinPanel } from './PinPanel.tsx'

type Method = 'passkey' | 'pin' | 'email'

const tabs: { method: Method; label: string }[] = [
  { method: 'passkey', label: 'Passkey' },
  { method: 'pin', label: 'PIN' },
  { method: 'email', label: 'Email' },
]

const panels: Record<Method, ReactNode> = {
  passkey: <PasskeyPanel />,
  pin: <PinPanel />,
  email: <EmailPanel />,
}

function methodOf(authMethod: string | undefined): Method {
  if (authMethod?.startsWith('PIN')) return 'pin'
  if (authMethod?.startsWith('EMAIL')) return 'email'
  return 'passkey'
}

/**
 * Sign-up and sign-in, one tab per method (the returning user's method first). Tabs follow the
 * WAI-ARIA pattern: arrow keys, Home and End move between them.
 *
 * @example
 * {session.status === 'signed-out' && <SignInScreen />}
 */
export function SignInScreen(): ReactNode {
  const lastUser = useLastUser()
  const [method, setMethod] = useState<Method>(() => methodOf(lastUser?.authMethod))
  const tabRefs = useRef(new Map<Method, HTMLButtonElement>())

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const index = tabs.findIndex((tab) => tab.method === method)
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : -1
    const tab = tabs[next]
    if (!tab) return
    event.preventDefault()
    setMethod(tab.method)
    tabRefs.current.get(tab.method)?.focus()
  }

  return (
    <section className="demo-card" aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">Sign up or sign in</h2>
      <div role="tablist" aria-label="Sign-in method" className="demo-tabs">
        {tabs.map((tab) => (
          <button
            key={tab.method}
            ref={(node) => {
              if (node) tabRefs.current.set(tab.method, node)
              else tabRefs.current.delete(tab.method)
            }}
            type="button"
            role="tab"
            id={`tab-${tab.method}`}
            aria-controls={`panel-${tab.method}`}
            aria-selected={tab.method === method}
            tabIndex={tab.method === method ? 0 : -1}
            onClick={() => setMethod(tab.method)}
            onKeyDown={onKeyDown}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.method}
          role="tabpanel"
          id={`panel-${tab.method}`}
          aria-labelledby={`tab-${tab.method}`}
          className="demo-panel"
          hidden={tab.method !== method}
        >
          {tab.method === method && panels[tab.method]}
        </div>
      ))}
    </section>
  )
}
