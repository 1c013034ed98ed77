import { useState, type ReactNode } from 'react'
import type { IbexError } from '../../src/core/errors/IbexError.ts'
import type { OperationMutationStage } from '../../src/react/internal/operationMutationKind.ts'

/** What each stage of an operation hook says, as an app would word it. */
const defaultLabels: Record<OperationMutationStage, string> = {
  idle: '',
  validating: 'Checking…',
  preparing: 'Preparing…',
  signing: 'Confirm with your passkey…',
  executing: 'Sending…',
  pending: 'Sent. Waiting for the network to confirm it…',
  confirmed: 'Confirmed.',
  failed: 'Not sent.',
}

/** Props of {@link StageText}. */
export interface StageTextProps {
  /** `stage` of an operation hook (`useTransfer`, `useSwap`, `useMorphoDeposit`…). */
  stage: OperationMutationStage
  /** `error` of the same hook: its `shortMessage` is shown and announced assertively. */
  error?: IbexError | null | undefined
  /** Wording of some stages, e.g. `{ confirmed: 'Sent 5 EUR-IBEX.' }`. */
  labels?: Partial<Record<OperationMutationStage, string>> | undefined
}

/**
 * Where an operation stands, in a polite live region (`role="status"`, `data-stage`), so each
 * stage change is announced once, and below it the stages seen so far (`validating → … →
 * confirmed`, `data-testid="stage-trail"`), as a demo of the hook's `stage`. Stages that pass
 * within one render are not in the trail. A failure's `shortMessage` goes in an alert.
 *
 * @example
 * const transfer = useTransfer()
 * <StageText stage={transfer.stage} error={transfer.error} labels={{ confirmed: 'Sent.' }} />
 */
export function StageText({ stage, error, labels }: StageTextProps): ReactNode {
  const [trail, setTrail] = useState<OperationMutationStage[]>([])
  // Recorded while rendering (React's "storing information from previous renders"): a new run
  // starts a new trail at `validating`.
  const last = trail.at(-1)
  if (stage !== 'idle' && stage !== last) {
    setTrail(stage === 'validating' ? [stage] : [...trail, stage])
  }
  return (
    <div style={{ display: 'grid', gap: '0.25rem' }}>
      <p role="status" data-stage={stage} style={{ margin: 0, minHeight: '1.5em' }}>
        {labels?.[stage] ?? defaultLabels[stage]}
      </p>
      {trail.length > 0 ? (
        <p
          data-testid="stage-trail"
          style={{ margin: 0, fontSize: '0.875rem', color: 'var(--ibex-color-muted)' }}
        >
          Stages: {trail.join(' → ')}
        </p>
      ) : null}
      {error ? (
        <p role="alert" data-error-code={error.code} style={{ margin: 0 }}>
          {error.shortMessage}
        </p>
      ) : null}
    </div>
  )
}
