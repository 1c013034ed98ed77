import type { ReactNode } from 'react'
import {
  useRealtimeStatus,
  useSignOut,
  type IbexRealtimeStatus,
  type IbexSessionUser,
} from '../src/exports/index.ts'

const liveLabels: Record<IbexRealtimeStatus, string> = {
  connecting: 'Connecting…',
  open: 'Live',
  reconnecting: 'Reconnecting…',
  closed: 'Offline',
  maintenance: 'IBEx maintenance',
}

const methodLabels: Record<string, string> = {
  PASSKEY: 'passkey',
  PIN_KDF: 'PIN',
  EMAIL: 'email',
  EOA_7702: 'wallet',
}

/**
 * Who is signed in and how, whether live updates flow, and the sign-out button.
 *
 * @example
 * <SessionBar user={session.user} />
 */
export function SessionBar({ user }: { user: IbexSessionUser }): ReactNode {
  const { status } = useRealtimeStatus()
  const signOut = useSignOut()
  return (
    <div className="demo-session">
      <p>
        Signed in with {methodLabels[user.authMethod] ?? user.authMethod}
        <span className="demo-live" data-status={status}>
          {liveLabels[status]}
        </span>
      </p>
      <button
        type="button"
        className="demo-button"
        aria-disabled={signOut.isPending}
        onClick={() => {
          if (!signOut.isPending) signOut.mutate()
        }}
      >
        Sign out
      </button>
    </div>
  )
}
