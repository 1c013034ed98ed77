import type { ReactNode } from 'react'
import { useRealtimeStatus } from '../../src/react/hooks/useRealtimeStatus.ts'

/**
 * The state of the provider's live updates, from `useRealtimeStatus()`: "Live updates: open"
 * (`data-testid="realtime-status"`, `data-status`), with this tab's role and the last refusal
 * when there is one. Not a live region: the status changes on its own and would interrupt.
 *
 * @example
 * <MockPanel><RealtimeStatusText /></MockPanel>
 */
export function RealtimeStatusText(): ReactNode {
  const { status, role, lastError } = useRealtimeStatus()
  return (
    <p data-testid="realtime-status" data-status={status} style={{ margin: 0 }}>
      Live updates: {status}
      {role ? ` (${role})` : ''}
      {lastError ? `, last refusal: ${lastError.code}` : ''}
    </p>
  )
}
