import { useState, type ReactNode } from 'react'
import type { AuthMethod } from '../../src/components/SignIn/AuthMethod.ts'
import { SignIn } from '../../src/components/SignIn/SignIn.tsx'
import { SignUp } from '../../src/components/SignUp/SignUp.tsx'
import { useSession } from '../../src/react/hooks/useSession.ts'
import { AccountScreen } from './AccountScreen.tsx'
import { StoryLogo } from './StoryLogo.tsx'

/** Props of {@link AuthApp}. */
export interface AuthAppProps {
  /** The methods the cards offer. */
  methods: readonly AuthMethod[]
  /** The card shown first. */
  initialMode?: 'sign-in' | 'sign-up'
  /** Shown once signed in, under the account header. */
  children?: ReactNode
}

/**
 * A whole app on the kit's components: signed out, the `SignUp` or `SignIn` card (their footers
 * switch between them); signed in, a header with `AccountMenu`, whose Sign out leads back to
 * `SignIn`. What the flow stories render.
 *
 * @example
 * render: () => <AuthApp methods={['passkey', 'pin']} />
 */
export function AuthApp({ methods, initialMode = 'sign-up', children }: AuthAppProps): ReactNode {
  const { status } = useSession()
  const [mode, setMode] = useState(initialMode)
  if (status === 'loading') return null
  if (status === 'signed-in')
    return <AccountScreen onSignedOut={() => setMode('sign-in')}>{children}</AccountScreen>
  const Card = mode === 'sign-up' ? SignUp : SignIn
  return (
    <Card
      key={mode}
      methods={methods}
      logo={<StoryLogo />}
      onSwitchMode={() => setMode((current) => (current === 'sign-up' ? 'sign-in' : 'sign-up'))}
    />
  )
}
