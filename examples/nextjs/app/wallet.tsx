'use client'
import { flattenBalances, useBalances, useRealtimeStatus, useSession, useSignOut } from 'ibex-react'
import { PasskeyButton } from 'ibex-react/components'

export function Wallet() {
  const { status, user } = useSession()
  if (status === 'loading') return <p>Loading…</p>
  if (status === 'signed-out' || !user) {
    return (
      <section aria-label="Sign in" data-testid="signed-out">
        <PasskeyButton mode="sign-up" signUpOptions={{ userName: 'next-example' }} />{' '}
        <PasskeyButton mode="sign-in" />
      </section>
    )
  }
  return (
    <section aria-label="Wallet" data-testid="signed-in">
      <p>
        Signed in as <code data-testid="user-id">{user.externalUserId}</code> ({user.authMethod})
      </p>
      <Balances />
      <LiveStatus />
      <SignOutButton />
    </section>
  )
}

function Balances() {
  const { data: rows, isPending, error } = useBalances({ query: { select: flattenBalances } })
  if (isPending) return <p>Loading balances…</p>
  if (error) return <p role="alert">{error.shortMessage}</p>
  return (
    <ul data-testid="balances">
      {rows
        .filter((row) => row.balanceBaseUnits > 0n)
        .map((row) => (
          <li key={`${row.chainId}:${row.wallet}:${row.token.address}`}>
            {`${row.balance} ${row.token.symbol}`}
          </li>
        ))}
    </ul>
  )
}

// The socket goes to IBEx directly; its first frame carries the access token, which the
// browser fetched from the proxy (GET /api/ibex/session), never from storage.
function LiveStatus() {
  const { status } = useRealtimeStatus()
  return <p data-testid="realtime">{`Live updates: ${status}`}</p>
}

function SignOutButton() {
  const { mutate: signOut, isPending } = useSignOut()
  return (
    <button type="button" onClick={() => signOut()} disabled={isPending}>
      Sign out
    </button>
  )
}
