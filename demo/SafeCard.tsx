import { useState, type ReactNode } from 'react'
import { chainName } from './chainName.ts'

/**
 * The user's Safe on the session's chain, with a copy button (the address to receive funds).
 *
 * @example
 * <SafeCard chainId={421614} safeAddress={user.safeAddresses['421614']} />
 */
export function SafeCard({
  chainId,
  safeAddress,
}: {
  chainId: number
  safeAddress: string | undefined
}): ReactNode {
  const [copied, setCopied] = useState(false)
  return (
    <section className="demo-card" aria-labelledby="safe-title">
      <h2 id="safe-title">Your Safe on {chainName(chainId)}</h2>
      {safeAddress ? (
        <div className="demo-row">
          <code className="demo-address" data-testid="safe-address">
            {safeAddress}
          </code>
          <button
            type="button"
            className="demo-button demo-button-quiet"
            onClick={() => {
              navigator.clipboard.writeText(safeAddress).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }}
          >
            Copy
          </button>
          <span role="status" className="demo-muted">
            {copied ? 'Copied.' : ''}
          </span>
        </div>
      ) : (
        <p>No Safe on this chain yet.</p>
      )}
    </section>
  )
}
