import { useState, type ReactNode } from 'react'
import { PasskeyButton } from '../src/exports/components.ts'
import { TextField } from './TextField.tsx'

/**
 * Passkeys: create one (with the name the device shows for it), or sign in with an existing one.
 * The buttons announce their own progress and errors.
 *
 * @example
 * <PasskeyPanel />
 */
export function PasskeyPanel(): ReactNode {
  const [userName, setUserName] = useState('')
  const name = userName.trim()
  return (
    <div className="demo-stack">
      <h3>New here?</h3>
      <TextField
        label="Name on the passkey (optional)"
        autoComplete="username webauthn"
        value={userName}
        onChange={(event) => setUserName(event.target.value)}
      />
      <PasskeyButton mode="sign-up" signUpOptions={name ? { userName: name } : {}} />
      <h3>Welcome back</h3>
      <PasskeyButton mode="sign-in" signInOptions={{ includeBalance: true }} />
    </div>
  )
}
