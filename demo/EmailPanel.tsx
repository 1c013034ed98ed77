import { useState, type ReactNode } from 'react'
import { useLastUser } from '../src/exports/index.ts'
import { EmailOtpForm } from '../src/exports/components.ts'

/**
 * Email accounts: a code from the inbox, then the passphrase that encrypts the key backup (chosen
 * at sign-up, typed again at sign-in). A returning email user goes straight to sign-in.
 *
 * @example
 * <EmailPanel />
 */
export function EmailPanel(): ReactNode {
  const lastUser = useLastUser()
  const [mode, setMode] = useState<'sign-up' | 'sign-in'>(
    lastUser?.authMethod.startsWith('EMAIL') ? 'sign-in' : 'sign-up',
  )
  return (
    <div className="demo-stack">
      <EmailOtpForm key={mode} mode={mode} signInOptions={{ includeBalance: true }} />
      <button
        type="button"
        className="demo-link"
        onClick={() => setMode(mode === 'sign-up' ? 'sign-in' : 'sign-up')}
      >
        {mode === 'sign-up' ? 'I already have an account' : 'Create a new account instead'}
      </button>
    </div>
  )
}
