import { useState, type ReactNode } from 'react'
import { IbexPinThrottledError, useLastUser, useSignIn, useSignUp } from '../src/exports/index.ts'
import { PinPad } from '../src/exports/components.ts'

/**
 * PIN accounts: a returning PIN user types the PIN once; anyone else chooses one (typed twice).
 * The PIN goes straight from the pad to the hook: the demo keeps no copy.
 *
 * @example
 * <PinPanel />
 */
export function PinPanel(): ReactNode {
  const lastUser = useLastUser()
  const signUp = useSignUp()
  const signIn = useSignIn()
  const returning = lastUser?.authMethod.startsWith('PIN') ?? false
  const [creating, setCreating] = useState(!returning)

  if (!creating) {
    const { error } = signIn
    const throttled = error instanceof IbexPinThrottledError
    return (
      <div className="demo-stack">
        <PinPad
          key="sign-in"
          label="Enter your PIN"
          onComplete={(pin) => signIn.mutate({ wallet: 'kdf', pin, includeBalance: true })}
          pending={signIn.isPending}
          // `true` shows the pad's own "Incorrect PIN."; the throttle shows as a countdown.
          error={
            error && !throttled
              ? error.code === 'validation/pin-wrong' || error.shortMessage
              : false
          }
          retryAt={throttled ? error.retryAt : undefined}
        />
        <button type="button" className="demo-link" onClick={() => setCreating(true)}>
          Create a new account instead
        </button>
      </div>
    )
  }

  return (
    <div className="demo-stack">
      <PinPad
        key="sign-up"
        confirm
        label="Choose a PIN"
        onComplete={(pin) => signUp.mutate({ wallet: 'kdf', pin })}
        pending={signUp.isPending}
        error={signUp.error?.shortMessage ?? false}
      />
      {returning && (
        <button type="button" className="demo-link" onClick={() => setCreating(false)}>
          I already have a PIN
        </button>
      )}
    </div>
  )
}
